using FitSaaS.Framework.BackgroundJobs;
using Hangfire.States;
using Microsoft.Extensions.Options;

namespace FitSaaS.EntityFrameworkCore.BackgroundJobs;

/// <summary>
/// Replaces Hangfire's global <c>AutomaticRetry</c> (10 attempts) with the kit's policy: a failed run is scheduled again after
/// <c>FirstRetryDelay × 2^(attempt−1)</c> until <see cref="BackgroundJobOptions.MaxAttempts"/> attempts failed; then the job
/// stays in Hangfire's Failed state (listed on the dashboard, and recorded by <see cref="BackgroundJobDispatcher"/> for the
/// failures API). The retry count is Hangfire's <c>RetryCount</c> job parameter, so the dashboard shows it as usual.
/// </summary>
public sealed class BackgroundJobRetryFilter(IOptions<BackgroundJobOptions> options) : IElectStateFilter
{
    /// <inheritdoc/>
    public void OnStateElection(ElectStateContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.CandidateState is not FailedState failed)
        {
            return;
        }

        var failedAttempt = context.GetJobParameter<int>(BackgroundJobDispatcher.RetryCountParameter, allowStale: true) + 1;
        var maxAttempts = Math.Max(1, options.Value.MaxAttempts);
        if (failedAttempt >= maxAttempts)
        {
            return;
        }

        context.SetJobParameter(BackgroundJobDispatcher.RetryCountParameter, failedAttempt);
        var delay = BackgroundJobDispatcher.RetryDelay(options.Value, failedAttempt);
        var message = failed.Exception.Message.Length > 80 ? failed.Exception.Message[..80] + "…" : failed.Exception.Message;
        context.CandidateState = new ScheduledState(delay)
        {
            Reason = $"Retry attempt {failedAttempt + 1} of {maxAttempts}: {failed.Exception.GetType().Name}: {message}",
        };
    }
}
