using FitSaaS.Forms;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Forms;

/// <summary>Ages on the local date of the gym's zone, and the checks of drawn signatures.</summary>
public sealed class FormsCalendarTests
{
    [Fact]
    public void AgeAt_AcrossMidnightInTheZone_TheBirthdayCountsFromLocalMidnight()
    {
        var birth = new DateOnly(2012, 1, 10);

        // 04:59 UTC on 10 January is 23:59 on 9 January in New York (EST, UTC-5): still 13; at 05:00 UTC it is local midnight: 14.
        FormsCalendar.AgeAt(birth, new DateTime(2026, 1, 10, 4, 59, 0, DateTimeKind.Utc), "America/New_York").ShouldBe(13);
        FormsCalendar.AgeAt(birth, new DateTime(2026, 1, 10, 5, 0, 0, DateTimeKind.Utc), "America/New_York").ShouldBe(14);

        // The same instant is already 10 January in UTC and in Tokyo.
        FormsCalendar.AgeAt(birth, new DateTime(2026, 1, 10, 4, 59, 0, DateTimeKind.Utc), "UTC").ShouldBe(14);
        FormsCalendar.AgeAt(birth, new DateTime(2026, 1, 9, 15, 0, 0, DateTimeKind.Utc), "Asia/Tokyo").ShouldBe(14);
        FormsCalendar.AgeAt(birth, new DateTime(2026, 1, 9, 14, 59, 0, DateTimeKind.Utc), "Asia/Tokyo").ShouldBe(13);
    }

    [Theory]
    [InlineData("2008-02-29", "2026-02-28", 17)]
    [InlineData("2008-02-29", "2026-03-01", 18)]
    [InlineData("2008-12-07", "2026-12-07", 18)]
    [InlineData("2008-12-08", "2026-12-07", 17)]
    public void AgeOn_CountsWholeYears(string birth, string today, int age) =>
        FormsCalendar.AgeOn(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(age);

    [Theory]
    [InlineData("Jane Doe", null)]
    [InlineData(null, "M10 10 L20 20 C 30 30, 40 40, 50 50 Z")]
    [InlineData(null, "data:image/png;base64,iVBORw0KGgo=")]
    [InlineData(null, "data:image/svg+xml;base64,PHN2Zz4=")]
    public void CheckSignature_TypedOrDrawn_Passes(string? typed, string? drawn) => LegalSignatureManager.CheckSignature(typed, drawn);

    [Theory]
    [InlineData(null, null)]
    [InlineData(null, "<script>alert(1)</script>")]
    [InlineData(null, "data:image/png;base64,not base64!")]
    [InlineData(null, "data:text/html,hello")]
    public void CheckSignature_NothingOrNotAnImage_IsInvalidSignature(string? typed, string? drawn) =>
        Should.Throw<BusinessException>(() => LegalSignatureManager.CheckSignature(typed, drawn)).Code.ShouldBe(FormsErrorCodes.InvalidSignature);

    [Fact]
    public void CheckSignature_DrawnOver256Kb_IsInvalidSignature() =>
        Should.Throw<BusinessException>(() => LegalSignatureManager.CheckSignature(null, "M" + new string('1', LegalDocumentConsts.MaxDrawnSignatureLength)))
            .Code.ShouldBe(FormsErrorCodes.InvalidSignature);
}
