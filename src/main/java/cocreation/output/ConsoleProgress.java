package cocreation.output;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** {@link Progress} backed by me.tongfei ProgressBar, ASCII style, on System.err. */
final class ConsoleProgress implements Progress {
    private final ProgressBar bar;

    ConsoleProgress(String task, long total) {
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
    }

    @Override public void step() { bar.step(); }
    @Override public void stepBy(long n) { bar.stepBy(n); }
    @Override public void setExtraMessage(String message) { bar.setExtraMessage(message); }
    @Override public void close() { bar.close(); }
}
