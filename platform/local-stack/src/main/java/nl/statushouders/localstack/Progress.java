package nl.statushouders.localstack;

/** Start-up progress on the terminal, with the time since start. */
final class Progress {

    private final long start = System.nanoTime();

    void step(String what) {
        System.out.printf("[%6.1fs] %s ...%n", elapsed(), what);
    }

    void done(String what) {
        System.out.printf("[%6.1fs] %s%n", elapsed(), what);
    }

    double elapsed() {
        return (System.nanoTime() - start) / 1e9;
    }
}
