using FitSaaS.AuditLogging;
using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Guids;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FitSaaS.Domain.Tests.AuditLogging;

public sealed class AuditLogWriterTests
{
    [Fact]
    public async Task SaveAsync_ChannelFull_WaitsInsteadOfGrowing()
    {
        using var services = new ServiceCollection().BuildServiceProvider();
        var writer = new AuditLogWriter(
            Options.Create(new AuditLoggingOptions { ChannelCapacity = 2 }),
            services.GetRequiredService<IServiceScopeFactory>(),
            new SequentialGuidGenerator(TimeProvider.System),
            NullLogger<AuditLogWriter>.Instance);
        await writer.SaveAsync(new AuditLogInfo(), TestContext.Current.CancellationToken);
        await writer.SaveAsync(new AuditLogInfo(), TestContext.Current.CancellationToken);
        using var cancellation = new CancellationTokenSource();

        var third = writer.SaveAsync(new AuditLogInfo(), cancellation.Token).AsTask();

        third.IsCompleted.ShouldBeFalse();
        writer.PendingCount.ShouldBe(2);
        await cancellation.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(third);
        writer.PendingCount.ShouldBe(2);
    }
}
