using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Emailing;

/// <summary>
/// Account e-mails end to end over SMTP through MailKit: the request queues the mail, a background job sends it to
/// smtp4dev, and the test reads the real message through smtp4dev's API (parsed with MimeKit) and follows its link.
/// </summary>
public sealed class SmtpEmailTests(SmtpEmailFixture fixture) : IClassFixture<SmtpEmailFixture>
{
    [Fact]
    public async Task ForgotPassword_OverStartTls_TheRealMessageCarriesAWorkingLink()
    {
        var smtp4dev = RequireSmtp4dev();
        var tenant = await fixture.CreateTenantAsync();
        var userName = UniqueUserName("forgetful");
        var (_, member) = await fixture.RegisterMemberAsync(tenant.Name, userName);
        member.Dispose();
        using var anonymous = AnonymousIn(tenant.Name);

        using var request = await anonymous.PostAsJsonAsync("/api/account/send-password-reset-code", new { email = $"{userName}@example.test" });
        var mail = await smtp4dev.WaitForMessageAsync($"{userName}@example.test", "reset-password");
        using var reset = await anonymous.PostAsJsonAsync("/api/account/reset-password", new
        {
            userId = TestMailbox.LinkParameter(mail.Text, "userId"),
            resetToken = TestMailbox.LinkParameter(mail.Text, "token"),
            password = "Rec0vered-Pass!",
        });

        request.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        mail.SecureConnection.ShouldBeTrue();
        mail.Message.Subject.ShouldBe("Reset your FitSaaS password");
        mail.Message.From.Mailboxes.Single().Address.ShouldBe("noreply@fitsaas.test");
        TestMailbox.LinkParameter(mail.Text, "__tenant").ShouldBe(tenant.Name);
        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await fixture.RequestTokenAsync(tenant.Name, userName, "Rec0vered-Pass!")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Confirmation_UsesEachGymsOwnSettings_PlainForOne_StartTlsForTheOther_AndTheLinkConfirms()
    {
        var smtp4dev = RequireSmtp4dev();
        var plain = await fixture.CreateTenantAsync();
        var global = await fixture.CreateTenantAsync();
        await EmailSettings.SetForTenantAsync(fixture, plain.Name, new Dictionary<string, string?>
        {
            ["Emailing.Smtp.SecureSocket"] = "None",
            ["Emailing.DefaultFromAddress"] = "Front desk <desk@plain-gym.test>",
        });
        var plainUser = UniqueUserName("plain");
        var globalUser = UniqueUserName("global");

        var (plainUserId, plainMember) = await fixture.RegisterMemberAsync(plain.Name, plainUser);
        var (_, globalMember) = await fixture.RegisterMemberAsync(global.Name, globalUser);
        plainMember.Dispose();
        globalMember.Dispose();
        var plainMail = await smtp4dev.WaitForMessageAsync($"{plainUser}@example.test", "confirm-email");
        var globalMail = await smtp4dev.WaitForMessageAsync($"{globalUser}@example.test", "confirm-email");
        using var anonymous = AnonymousIn(plain.Name);
        using var confirm = await anonymous.PostAsJsonAsync("/api/account/confirm-email",
            new { userId = plainUserId, token = TestMailbox.LinkParameter(plainMail.Text, "token") });

        plainMail.SecureConnection.ShouldBeFalse();
        plainMail.Message.From.Mailboxes.Single().Address.ShouldBe("desk@plain-gym.test");
        globalMail.SecureConnection.ShouldBeTrue();
        globalMail.Message.From.Mailboxes.Single().Address.ShouldBe("noreply@fitsaas.test");
        confirm.StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task SmtpServerDown_TheRequestStillSucceeds_AndTheMailArrivesOnceTheServerIsBack()
    {
        RequireSmtp4dev();
        var tenant = await fixture.CreateTenantAsync();
        var port = LoopbackPorts.Free();
        await EmailSettings.SetForTenantAsync(fixture, tenant.Name, new Dictionary<string, string?>
        {
            ["Emailing.Smtp.Host"] = "127.0.0.1",
            ["Emailing.Smtp.Port"] = port.ToString(CultureInfo.InvariantCulture),
            ["Emailing.Smtp.SecureSocket"] = "None",
        });
        var userName = UniqueUserName("patient");
        await fixture.CreateUserAsync(tenant.Name, userName, "member");
        using var anonymous = AnonymousIn(tenant.Name);

        // Nothing listens on the gym's SMTP port: the request only queues the mail.
        using var request = await anonymous.PostAsJsonAsync("/api/account/send-password-reset-code", new { email = $"{userName}@example.test" });
        request.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await Task.Delay(TimeSpan.FromSeconds(3));

        // The server comes up on that port; the job's next retry delivers.
        await using var server = await OwnSmtp4devServer.StartAsync("None", smtpPort: port);
        var mail = await server.Server.WaitForMessageAsync($"{userName}@example.test", "reset-password", TimeSpan.FromMinutes(3));
        using var reset = await anonymous.PostAsJsonAsync("/api/account/reset-password", new
        {
            userId = TestMailbox.LinkParameter(mail.Text, "userId"),
            resetToken = TestMailbox.LinkParameter(mail.Text, "token"),
            password = "Aft3r-the-Outage!",
        });

        reset.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await server.Server.GetMessagesAsync($"{userName}@example.test")).Count.ShouldBe(1);
    }

    private Smtp4devServer RequireSmtp4dev()
    {
        Assert.SkipWhen(fixture.Smtp4dev is null, Smtp4devServer.SkipReason);
        return fixture.Smtp4dev!;
    }

    private HttpClient AnonymousIn(string tenantName)
    {
        var client = fixture.CreateClient();
        client.DefaultRequestHeaders.Add("__tenant", tenantName);
        return client;
    }

    internal static string UniqueUserName(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];
}
