package care.alliance.programme;

/** A behavioural-activation activity is planned, then (perhaps) completed. */
public enum DiaryStatus {
    PLANNED, COMPLETED
}
