using System.Globalization;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Emailing;

/// <summary>Implicit TLS and SMTP authentication with a gym's own, encrypted credentials.</summary>
public sealed class ImplicitTlsEmailTests(ImplicitTlsEmailFixture fixture) : IClassFixture<ImplicitTlsEmailFixture>
{
    [Fact]
    public async Task SslOnConnect_WithTheGymsEncryptedCredentials_Delivers_AndAWrongPasswordDeliversNothing()
    {
        Assert.SkipWhen(fixture.Smtp4dev is null, Smtp4devServer.SkipReason);
        var smtp4dev = fixture.Smtp4dev!;
        var good = await fixture.CreateTenantAsync();
        var wrong = await fixture.CreateTenantAsync();
        await EmailSettings.SetForTenantAsync(fixture, good.Name, ServerSettings(smtp4dev, ImplicitTlsEmailFixture.Password));
        await EmailSettings.SetForTenantAsync(fixture, wrong.Name, ServerSettings(smtp4dev, "not-the-password"));
        var goodUser = SmtpEmailTests.UniqueUserName("smtps");
        var wrongUser = SmtpEmailTests.UniqueUserName("refused");

        var (_, goodMember) = await fixture.RegisterMemberAsync(good.Name, goodUser);
        var (_, wrongMember) = await fixture.RegisterMemberAsync(wrong.Name, wrongUser);
        goodMember.Dispose();
        wrongMember.Dispose();
        var mail = await smtp4dev.WaitForMessageAsync($"{goodUser}@example.test", "confirm-email");
        await Task.Delay(TimeSpan.FromSeconds(3));

        mail.SecureConnection.ShouldBeTrue();
        mail.Message.Subject.ShouldBe("Confirm your e-mail address");
        (await smtp4dev.GetMessagesAsync($"{wrongUser}@example.test")).ShouldBeEmpty();
    }

    private static Dictionary<string, string?> ServerSettings(Smtp4devServer server, string password) => new()
    {
        ["Emailing.Smtp.Host"] = server.Host,
        ["Emailing.Smtp.Port"] = server.Port.ToString(CultureInfo.InvariantCulture),
        ["Emailing.Smtp.SecureSocket"] = "SslOnConnect",
        ["Emailing.Smtp.UserName"] = ImplicitTlsEmailFixture.UserName,
        ["Emailing.Smtp.Password"] = password,
    };
}
