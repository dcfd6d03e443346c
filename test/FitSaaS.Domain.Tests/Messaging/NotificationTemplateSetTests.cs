using FitSaaS.Messaging;

namespace FitSaaS.Domain.Tests.Messaging;

/// <summary>The choice of a member's language and of the template of a language (ADR 0064).</summary>
public sealed class NotificationTemplateSetTests
{
    private static readonly NotificationTemplate s_ownEn = new("Hi {{ session_start }}", "Own English body {{ duration_minutes }}");
    private static readonly NotificationTemplate s_ownPt = new("Oi {{ session_start }}", "Corpo {{ duration_minutes }}");

    [Theory]
    [InlineData(null, "en")]
    [InlineData("es", "es")]
    [InlineData("ES", "es")]
    [InlineData("pt_BR", "pt-br")]
    [InlineData("fr", "en")]
    [InlineData("not a tag", "en")]
    public void ChooseLanguage_TheMembersWhenOffered_ElseTheGymsDefault(string? preferred, string expected)
    {
        var set = new NotificationTemplateSet(NotificationKind.BookingConfirmed, ["en", "es", "pt-br"], new Dictionary<string, NotificationTemplate>());

        set.ChooseLanguage(preferred).ShouldBe(expected);
    }

    [Fact]
    public void ChooseLanguage_GymDefaultIsTheFirstOffered()
    {
        var set = new NotificationTemplateSet(NotificationKind.BookingConfirmed, ["es", "en"], new Dictionary<string, NotificationTemplate>());

        set.ChooseLanguage(null).ShouldBe("es");
        set.ChooseLanguage("de").ShouldBe("es");
        set.DefaultLanguage.ShouldBe("es");
    }

    [Fact]
    public void GetTemplate_OverrideThenLibraryThenDefaultLanguageOverrideThenLibraryThenEnglish()
    {
        var kind = NotificationKind.BookingConfirmed;
        var set = new NotificationTemplateSet(kind, ["en", "es", "pt-br", "de"], new Dictionary<string, NotificationTemplate> { ["en"] = s_ownEn, ["pt-br"] = s_ownPt });

        set.GetTemplate("en").ShouldBe(s_ownEn);                                       // the gym's override in the language
        set.IsOverridden("en").ShouldBeTrue();
        set.GetTemplate("es").ShouldBe(NotificationTemplateLibrary.Get(kind, "es"));   // the library's in the language
        set.IsOverridden("es").ShouldBeFalse();
        set.GetTemplate("pt-br").ShouldBe(s_ownPt);                                    // an override in a language the library lacks
        set.GetTemplate("de").ShouldBe(s_ownEn);                                       // neither: the gym's override in its default language
        set.GetTemplateLanguage("de").ShouldBe("en");
        set.GetTemplateLanguage("es").ShouldBe("es");
    }

    [Fact]
    public void GetTemplate_NoOverrideAnywhere_LibraryInTheDefaultLanguage_ElseEnglish()
    {
        var kind = NotificationKind.InvoiceIssued;
        var spanishFirst = new NotificationTemplateSet(kind, ["es", "de"], new Dictionary<string, NotificationTemplate>());
        var germanOnly = new NotificationTemplateSet(kind, ["de"], new Dictionary<string, NotificationTemplate>());

        spanishFirst.GetTemplate("de").ShouldBe(NotificationTemplateLibrary.Get(kind, "es"));
        germanOnly.GetTemplate("de").ShouldBe(NotificationTemplateLibrary.Get(kind, "en"));
        germanOnly.GetTemplateLanguage("de").ShouldBe("en");
    }

    [Fact]
    public void Render_UsesTheOverride_AndABrokenOverrideFallsBackToTheLibrary()
    {
        var kind = NotificationKind.BookingConfirmed;
        var model = NotificationTemplateLibrary.GetSampleModel(kind);
        var good = new NotificationTemplateSet(kind, ["en"], new Dictionary<string, NotificationTemplate> { ["en"] = s_ownEn });
        var broken = new NotificationTemplateSet(kind, ["en"], new Dictionary<string, NotificationTemplate> { ["en"] = new("{{ nope }}", "x") });

        good.Render("en", model, "Europe/Madrid").ShouldBe(new RenderedNotification("Hi 2026-01-15 19:00", "Own English body 60"));
        broken.Render("en", model, "UTC").Title.ShouldBe("Booking confirmed: 2026-01-15 18:00");
    }

    [Theory]
    [InlineData(null, new[] { "en" })]
    [InlineData("", new[] { "en" })]
    [InlineData(" ES , en,es,, pt_BR ", new[] { "es", "en", "pt-br" })]
    [InlineData("!!,12,english-is-too-long", new[] { "en" })]
    [InlineData("de", new[] { "de" })]
    public void LanguagesSetting_IsReadTolerantly(string? value, string[] expected)
    {
        NotificationLanguages.Parse(value).ShouldBe(expected);
    }

    [Fact]
    public void Override_NormalizesItsLanguage_AndRefusesEmptyOrTooLongSources()
    {
        var o = new NotificationTemplateOverride(Guid.NewGuid(), Guid.NewGuid(), NotificationKind.Debt, "PT-BR", "s", "b");

        o.Language.ShouldBe("pt-br");
        o.ToTemplate().ShouldBe(new NotificationTemplate("s", "b"));
        Should.Throw<ArgumentException>(() => new NotificationTemplateOverride(Guid.NewGuid(), null, NotificationKind.Debt, "??", "s", "b"));
        Should.Throw<ArgumentException>(() => o.Change(" ", "b"));
        Should.Throw<ArgumentException>(() => o.Change("s", new string('x', NotificationTemplateOverrideConsts.MaxBodyLength + 1)));
    }
}
