using System.Diagnostics;
using System.Text;

namespace FitSaaS.HttpApi.Host.Tests.Cluster;

/// <summary>
/// Watches the requests a test sends to one <see cref="HostProcess"/>: when one has not been answered after
/// <see cref="StallAfter"/>, it takes a stall report of the instance (database activity and locks, the log tail, and the
/// managed threads and pending async methods of the process) while the stall lasts; a request that then times out fails
/// with that report in its message instead of a bare time-out.
/// </summary>
internal sealed class StallWatchdogHandler(HostProcess instance, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    /// <summary>
    /// How long a request may go unanswered before the report is taken: 30 s, or <c>FitSaaS_Test__StallReportAfter</c>
    /// seconds (e.g. 0.5 to see what a report shows).
    /// </summary>
    public static readonly TimeSpan StallAfter =
        double.TryParse(Environment.GetEnvironmentVariable("FitSaaS_Test__StallReportAfter"), System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : TimeSpan.FromSeconds(30);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var answered = new CancellationTokenSource();
        var send = base.SendAsync(request, cancellationToken);
        var watch = WatchAsync(request, answered.Token);
        try
        {
            return await send;
        }
        catch (OperationCanceledException ex)
        {
            if (await ReportOf(watch, answered) is not { } report)
            {
                throw;
            }

            throw new TimeoutException($"{request.Method} {request.RequestUri} to instance {instance.Name} was not answered.{Environment.NewLine}{report}", ex);
        }
        finally
        {
            await answered.CancelAsync();
        }
    }

    private static async Task<string?> ReportOf(Task<string?> watch, CancellationTokenSource answered)
    {
        if (!watch.IsCompleted)
        {
            await answered.CancelAsync();
        }

        return await watch;
    }

    private async Task<string?> WatchAsync(HttpRequestMessage request, CancellationToken answered)
    {
        try
        {
            await Task.Delay(StallAfter, answered);
        }
        catch (OperationCanceledException)
        {
            return null;
        }

        var report = new StringBuilder();
        report.AppendLine($"=== stall report: {request.Method} {request.RequestUri} unanswered by instance {instance.Name} after {StallAfter.TotalSeconds:0} s ===");
        try
        {
            report.AppendLine(await instance.DescribeStallAsync());
        }
        catch (Exception ex)
        {
            report.AppendLine($"(stall report failed: {ex.Message})");
        }

        var text = report.ToString();
        Console.Error.WriteLine(text);
        Trace.WriteLine(text);
        return text;
    }
}
