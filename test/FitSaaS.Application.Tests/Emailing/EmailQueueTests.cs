using System.Text.Json;
using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Emailing;
using FitSaaS.Framework.MailKit;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Emailing;

/// <summary>How <see cref="IEmailSender"/> queues mail, and the pickup-folder delivery, without any job engine or mail server.</summary>
public sealed class EmailQueueTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private const string Body = "Reset it at http://localhost:5080/reset-password?userId=1&token=SECRET-TOKEN-123&__tenant=gym";

    [Fact]
    public async Task QueuedArguments_CarryNoBodyInClear_AndNoSmtpSetting()
    {
        await using var scope = fixture.CreateScope();
        var jobs = new CapturingJobManager(scope.ServiceProvider.GetRequiredService<ICurrentTenant>());
        var sender = CreateSender(scope.ServiceProvider, jobs);

        await sender.SendAsync(new EmailMessage("someone@example.test", "Reset your password", Body), TestContext.Current.CancellationToken);

        var (args, _) = jobs.Queued.ShouldHaveSingleItem();
        var json = JsonSerializer.Serialize(args, BackgroundJobJson.Options);
        json.ShouldNotContain("SECRET-TOKEN-123");
        JsonDocument.Parse(json).RootElement.EnumerateObject().Select(p => p.Name).ShouldBe(["messageId", "to", "subject", "protectedBody"]);
        scope.ServiceProvider.GetRequiredService<EmailBodyProtector>().Unprotect(args.ProtectedBody).ShouldBe(Body);
    }

    [Fact]
    public async Task InsideAUnitOfWork_QueuedOnCommit_ForTheTenantThatSent_AndNothingOnRollback()
    {
        await using var scope = fixture.CreateScope();
        var currentTenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>();
        var unitOfWorkManager = scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>();
        var jobs = new CapturingJobManager(currentTenant);
        var sender = CreateSender(scope.ServiceProvider, jobs);
        var tenantId = Guid.NewGuid();

        using (currentTenant.Change(tenantId, "gym"))
        {
            await using (await unitOfWorkManager.BeginAsync(cancellationToken: TestContext.Current.CancellationToken))
            {
                await sender.SendAsync(new EmailMessage("rolled@example.test", "Rolled back", Body), TestContext.Current.CancellationToken);
            }

            await using (var unitOfWork = await unitOfWorkManager.BeginAsync(cancellationToken: TestContext.Current.CancellationToken))
            {
                await sender.SendAsync(new EmailMessage("committed@example.test", "Committed", Body), TestContext.Current.CancellationToken);
                jobs.Queued.ShouldBeEmpty();
                await unitOfWork.CompleteAsync(TestContext.Current.CancellationToken);
            }
        }

        var (args, queuedFor) = jobs.Queued.ShouldHaveSingleItem();
        args.To.ShouldBe("committed@example.test");
        queuedFor.ShouldBe(tenantId);
    }

    [Fact]
    public async Task InvalidRecipient_IsRefusedWhenQueued()
    {
        await using var scope = fixture.CreateScope();
        var sender = CreateSender(scope.ServiceProvider, new CapturingJobManager(scope.ServiceProvider.GetRequiredService<ICurrentTenant>()));

        await Should.ThrowAsync<ArgumentException>(() => sender.SendAsync(new EmailMessage("not an address", "x", "y"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task PickupDirectory_GetsOneMimeFilePerMessageId_ThatMimeKitReadsBack()
    {
        await using var scope = fixture.CreateScope();
        var delivery = scope.ServiceProvider.GetRequiredService<MailKitEmailDelivery>();
        var to = $"pickup-{Guid.NewGuid():N}@example.test";
        var body = "Grüße aus dem Studio — ✓\n" + Body + "\n" + new string('x', 300);
        var messageId = $"{Guid.NewGuid():N}@fitsaas.test";

        // A retry of the same job writes the same file again, not a second message.
        await delivery.DeliverAsync(new EmailMessage(to, "Überschrift", body), messageId, TestContext.Current.CancellationToken);
        await delivery.DeliverAsync(new EmailMessage(to, "Überschrift", body), messageId, TestContext.Current.CancellationToken);

        var message = TestMailbox.ReadPickupDirectory(fixture.Database.MailDirectory, to).ShouldHaveSingleItem();
        message.MessageId.ShouldBe(messageId);
        message.Subject.ShouldBe("Überschrift");
        message.From.Mailboxes.Single().Address.ShouldBe("noreply@fitsaas.local");
        TestMailbox.TextOf(message).ReplaceLineEndings("\n").ShouldBe(body);
        TestMailbox.LinkParameter(TestMailbox.TextOf(message), "token").ShouldBe("SECRET-TOKEN-123");
    }

    private static BackgroundEmailSender CreateSender(IServiceProvider services, IBackgroundJobManager jobs) => new(
        jobs,
        services.GetRequiredService<IUnitOfWorkManager>(),
        services.GetRequiredService<ICurrentTenant>(),
        services.GetRequiredService<EmailBodyProtector>());

    private sealed class CapturingJobManager(ICurrentTenant currentTenant) : IBackgroundJobManager
    {
        public List<(EmailSendingArgs Args, Guid? TenantId)> Queued { get; } = [];

        public Task<string> EnqueueAsync<TArgs>(TArgs args, TimeSpan? delay = null, BackgroundJobPriority priority = BackgroundJobPriority.Normal, CancellationToken cancellationToken = default)
            where TArgs : notnull
        {
            Queued.Add(((EmailSendingArgs)(object)args, currentTenant.Id));
            return Task.FromResult(Guid.NewGuid().ToString("N"));
        }
    }
}
