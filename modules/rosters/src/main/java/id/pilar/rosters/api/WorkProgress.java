package id.pilar.rosters.api;

/** Progress and cancellation of a long service call, independent of any toolkit. */
public interface WorkProgress {

    void progress(String message, int done, int total);

    boolean cancelled();

    WorkProgress NONE = new WorkProgress() {
        @Override
        public void progress(String message, int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };
}
