using FitSaaS.Framework.Exceptions;
using FitSaaS.Messaging;

namespace FitSaaS.Domain.Tests.Messaging;

public sealed class NotificationTemplateTests
{
    [Fact]
    public void EveryKindAndLanguage_RendersItsSampleModel()
    {
        foreach (var kind in Enum.GetValues<NotificationKind>())
        {
            foreach (var language in NotificationTemplateLibrary.Languages)
            {
                var rendered = NotificationTemplateRenderer.Render(NotificationTemplateLibrary.Get(kind, language), NotificationTemplateLibrary.GetSampleModel(kind), "UTC");
                rendered.Title.ShouldNotBeNullOrWhiteSpace($"{kind} {language}");
                rendered.Body.ShouldNotBeNullOrWhiteSpace($"{kind} {language}");
            }
        }
    }

    [Fact]
    public void Instants_AreLocalToTheRecipientZone_AndAmountsInMajorUnits()
    {
        var model = new Dictionary<string, object?>
        {
            ["amount"] = new NotificationMoney(4950, "eur"),
            ["attempt"] = 2,
            ["next_attempt"] = new DateTime(2026, 7, 1, 16, 0, 0, DateTimeKind.Utc),
            ["card_update_required"] = false,
        };

        var en = NotificationTemplateRenderer.Render(NotificationTemplateLibrary.Get(NotificationKind.PaymentFailed, "en"), model, "Europe/Madrid");
        var es = NotificationTemplateRenderer.Render(NotificationTemplateLibrary.Get(NotificationKind.PaymentFailed, "es"), model, "America/New_York");

        en.Title.ShouldBe("Payment of 49.50 EUR failed");
        en.Body.ShouldBe("We could not charge 49.50 EUR to your card (attempt 2). We will try again on 2026-07-01 18:00.");
        es.Body.ShouldBe("No pudimos cargar 49.50 EUR a tu tarjeta (intento 2). Lo intentaremos de nuevo el 2026-07-01 12:00.");
    }

    [Fact]
    public void UnknownLanguage_FallsBackToEnglish_AndTextIsNotHtmlEncoded()
    {
        var template = NotificationTemplateLibrary.Get(NotificationKind.Announcement, "fr");
        var rendered = NotificationTemplateRenderer.Render(template, new Dictionary<string, object?> { ["title"] = "Tom & Jerry <3", ["body"] = "x" }, "UTC");

        template.ShouldBe(NotificationTemplateLibrary.Get(NotificationKind.Announcement, "en"));
        rendered.Title.ShouldBe("Tom & Jerry <3");
    }

    [Theory]
    [InlineData("{% if %}")]
    [InlineData("{{ session_start")]
    [InlineData("Hi {{ member_password }}")]
    [InlineData("{{ session_start | no_such_filter }}")]
    public void InvalidTemplates_AreRefusedWithTheirCode(string subject)
    {
        var error = Should.Throw<BusinessException>(() => NotificationTemplateRenderer.Validate(NotificationKind.BookingConfirmed, new NotificationTemplate(subject, "ok")));

        error.Code.ShouldBe(MessagingErrorCodes.InvalidTemplate);
        error.Details["field"].ShouldBe("subject");
    }

    [Fact]
    public void SourceKeys_DependOnTheEventContentOnly()
    {
        var invoice = Guid.NewGuid();
        NotificationSourceKeys.PaymentFailed(invoice, 1).ShouldBe(NotificationSourceKeys.PaymentFailed(invoice, 1));
        NotificationSourceKeys.PaymentFailed(invoice, 2).ShouldNotBe(NotificationSourceKeys.PaymentFailed(invoice, 1));
        NotificationSourceKeys.Announcement(invoice).ShouldBe($"announcement:{invoice:N}");
        var at = new DateTime(2026, 1, 1, 10, 0, 0, DateTimeKind.Utc);
        NotificationSourceKeys.SessionRescheduled(invoice, at, invoice, at).ShouldNotBe(NotificationSourceKeys.SessionRescheduled(invoice, at.AddHours(1), invoice, at));
        // Moved there, away and back again: the move back is a new notification.
        NotificationSourceKeys.SessionRescheduled(invoice, at, invoice, at.AddDays(-1)).ShouldNotBe(NotificationSourceKeys.SessionRescheduled(invoice, at, invoice, at));
        Enum.GetValues<NotificationKind>().Select(NotificationSourceKeysLength).ShouldAllBe(l => l <= NotificationConsts.MaxSourceKeyLength);
    }

    [Fact]
    public void Preferences_DropTransactionalOptOuts_AndTreatEqualBoundsAsNoQuietHours()
    {
        var preference = new NotificationPreference(Guid.NewGuid(), null, Guid.NewGuid());
        preference.Change([NotificationCategory.Billing, NotificationCategory.Announcements, NotificationCategory.Forms, NotificationCategory.Announcements], new TimeOnly(8, 0), new TimeOnly(8, 0), "Europe/Madrid", "ES");

        preference.GetEmailOptOuts().ShouldBe([NotificationCategory.Announcements]);
        preference.QuietHoursStart.ShouldBeNull();
        preference.Language.ShouldBe("es");
        NotificationCategories.Of(NotificationKind.PaymentFailed).ShouldBe(NotificationCategory.Billing);
        NotificationCategories.IsTransactional(NotificationCategory.Billing).ShouldBeTrue();
        NotificationCategories.Of(NotificationKind.WaitlistPromoted).ShouldBe(NotificationCategory.Bookings);
        NotificationCategories.IsTransactional(NotificationCategory.Bookings).ShouldBeFalse();
    }

    private static int NotificationSourceKeysLength(NotificationKind kind) =>
        NotificationSourceKeys.SessionRescheduled(Guid.NewGuid(), DateTime.MaxValue, Guid.NewGuid(), DateTime.MaxValue).Length + kind.ToString().Length;
}
