package io.github.webhookgen.core;

import io.github.webhookgen.core.diagnostics.GenerationFailedException;
import io.github.webhookgen.core.diagnostics.Location;
import io.github.webhookgen.core.diagnostics.ProblemCode;
import io.github.webhookgen.core.diagnostics.Problems;
import java.util.function.Supplier;

/**
 * Runs a generation on a thread of its own with a large stack. Lowering follows the schemas by recursion, a few
 * frames of Java stack for each schema that holds or refers to the next: on a thread's default stack (1 MiB on 64-bit
 * Linux) a chain of 1,000 records, each a property of the one before, overflowed it. The stack is only reserved: the
 * operating system commits its memory as deep as a run goes, and takes it back when the thread ends. A
 * {@link StackOverflowError} that still happens, on schemas that contain one another hundreds of thousands deep, is a
 * {@link ProblemCode#TOO_DEEP} error at the schema the run had reached ({@link Problems#at}); any other exception out of
 * the stages, a defect of the generator, is an {@link ProblemCode#INTERNAL_ERROR} there, with the exception as the
 * cause of the {@link GenerationFailedException}.
 */
final class GenerationThread {

    /**
     * The stack reserved for a run, in bytes: 1 GiB. A chain of 100,000 records, each a property of the one before,
     * needs 128 to 256 MiB of it in a fresh JVM, so any chain that one document of the default size limit (8 MiB) can
     * hold fits (BENCHMARKS.md, "Generation on a thread with a 1 GiB stack").
     */
    static final long STACK_BYTES = 1L << 30;

    private GenerationThread() {}

    /**
     * Runs {@code work} on a new thread with a stack of {@link #STACK_BYTES} and waits for it, without giving up on an
     * interrupt (the run is not left half done; the interrupt is kept for the caller). Where the system refuses such a
     * stack, {@code work} runs on the calling thread.
     *
     * @param problems the run's problems; a stack overflow is reported there, at the place marked last
     * @param otherwise where a stack overflow is reported when no place was marked
     * @return what {@code work} returns
     * @throws GenerationFailedException when {@code work} throws it, overflows the stack or fails with another
     *     exception
     */
    static <T> T call(Supplier<T> work, Problems problems, Location otherwise) {
        return call(work, problems, otherwise, STACK_BYTES);
    }

    /** {@link #call(Supplier, Problems, Location)} with a stack of {@code stackBytes}. */
    static <T> T call(Supplier<T> work, Problems problems, Location otherwise, long stackBytes) {
        Outcome<T> outcome = new Outcome<>(stackBytes);
        Thread thread = new Thread(null, () -> outcome.run(work, problems, otherwise), "webhookgen", stackBytes);
        try {
            thread.start();
        } catch (OutOfMemoryError refused) {
            return guarded(work, problems, otherwise, stackBytes);
        }
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return outcome.get();
    }

    /** What the thread returned or threw. */
    private static final class Outcome<T> {
        private final long stackBytes;
        private T value;
        private Throwable failure;

        Outcome(long stackBytes) {
            this.stackBytes = stackBytes;
        }

        void run(Supplier<T> work, Problems problems, Location otherwise) {
            try {
                value = guarded(work, problems, otherwise, stackBytes);
            } catch (RuntimeException | Error e) {
                failure = e;
            }
        }

        T get() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            return value;
        }
    }

    private static <T> T guarded(Supplier<T> work, Problems problems, Location otherwise, long stackBytes) {
        try {
            return work.get();
        } catch (StackOverflowError e) {
            problems.error(ProblemCode.TOO_DEEP, problems.where(otherwise), "schemas that hold one another, through "
                    + "$ref from document to document, nest deeper than the generator follows: its stack of "
                    + (stackBytes >= 1 << 20 ? (stackBytes >> 20) + " MiB" : (stackBytes >> 10) + " KiB")
                    + " ran out at this schema; break the chain of references");
            throw new GenerationFailedException(problems.all());
        } catch (GenerationFailedException e) {
            throw e;
        } catch (RuntimeException e) {
            StackTraceElement[] frames = e.getStackTrace();
            problems.error(ProblemCode.INTERNAL_ERROR, problems.where(otherwise), "webhookgen failed on this schema ("
                    + e + (frames.length == 0 ? "" : " at " + frames[0]) + "); this is a defect of the generator, not "
                    + "of the schema: please report it with the schema. Leaving the schema out (excludes) generates "
                    + "the rest");
            GenerationFailedException failed = new GenerationFailedException(problems.all());
            failed.initCause(e);
            throw failed;
        }
    }
}
