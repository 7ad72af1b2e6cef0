package id.pilar.registry.impl.dtsen;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** How the import's threads hand work on: wait for room in the next one's queue, but not once the import is stopped. */
final class Handover {

    private Handover() {
    }

    /** Puts {@code o} into {@code queue}, waiting for room; gives up once {@code stopped} is set (nobody takes any more). */
    static void put(BlockingQueue<Object> queue, AtomicBoolean stopped, Object o) throws InterruptedException {
        while (!stopped.get()) {
            if (queue.offer(o, 100, TimeUnit.MILLISECONDS)) {
                return;
            }
        }
    }
}
