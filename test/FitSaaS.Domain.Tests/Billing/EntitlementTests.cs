using FitSaaS.Billing;

namespace FitSaaS.Domain.Tests.Billing;

public sealed class EntitlementTests
{
    private static readonly DateTime s_now = new(2030, 1, 10, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Constructor_CopiesTheMembership()
    {
        var membership = NewMembership();
        var tenantId = Guid.NewGuid();

        var entitlement = new Entitlement(Guid.NewGuid(), tenantId, membership, "membership:x:period:1", false, D(2030, 1, 1), D(2030, 1, 31), null, s_now);

        entitlement.TenantId.ShouldBe(tenantId);
        entitlement.MemberId.ShouldBe(membership.MemberId);
        entitlement.MembershipId.ShouldBe(membership.Id);
        entitlement.PlanId.ShouldBe(membership.PlanId);
        entitlement.SourceKey.ShouldBe("membership:x:period:1");
        entitlement.Unlimited.ShouldBeFalse();
        entitlement.GrantedAtUtc.ShouldBe(s_now);
        entitlement.AwaitsFirstUse.ShouldBeFalse();
        entitlement.ActivatedOn.ShouldBeNull();
    }

    [Fact]
    public void Constructor_BlankSourceKey_Throws()
    {
        Should.Throw<ArgumentException>(() => new Entitlement(Guid.NewGuid(), null, NewMembership(), " ", false, D(2030, 1, 1), null, null, s_now));
    }

    [Fact]
    public void IsValidOn_BothBoundsInclusive()
    {
        var entitlement = New(D(2030, 1, 1), D(2030, 1, 31));

        entitlement.IsValidOn(D(2029, 12, 31)).ShouldBeFalse();
        entitlement.IsValidOn(D(2030, 1, 1)).ShouldBeTrue();
        entitlement.IsValidOn(D(2030, 1, 15)).ShouldBeTrue();
        entitlement.IsValidOn(D(2030, 1, 31)).ShouldBeTrue();
        entitlement.IsValidOn(D(2030, 2, 1)).ShouldBeFalse();
    }

    [Fact]
    public void IsValidOn_NoEnd_ValidFromItsFirstDayOn()
    {
        var entitlement = New(D(2030, 1, 1), null);

        entitlement.IsValidOn(D(2029, 12, 31)).ShouldBeFalse();
        entitlement.IsValidOn(D(2030, 1, 1)).ShouldBeTrue();
        entitlement.IsValidOn(D(2099, 12, 31)).ShouldBeTrue();
    }

    [Fact]
    public void ActivateOnFirstUse_SetsValidUntilToDatePlusValidityMinusOne()
    {
        var entitlement = New(D(2030, 1, 1), null, validityDaysOnFirstUse: 30);
        entitlement.AwaitsFirstUse.ShouldBeTrue();

        entitlement.ActivateOnFirstUse(D(2030, 3, 10));

        entitlement.AwaitsFirstUse.ShouldBeFalse();
        entitlement.ActivatedOn.ShouldBe(D(2030, 3, 10));
        entitlement.ValidUntil.ShouldBe(D(2030, 4, 8));
        entitlement.IsValidOn(D(2030, 4, 8)).ShouldBeTrue();
        entitlement.IsValidOn(D(2030, 4, 9)).ShouldBeFalse();
    }

    [Fact]
    public void ActivateOnFirstUse_OneDayValidity_ValidThatDayOnly()
    {
        var entitlement = New(D(2030, 1, 1), null, validityDaysOnFirstUse: 1);

        entitlement.ActivateOnFirstUse(D(2030, 2, 1));

        entitlement.ValidUntil.ShouldBe(D(2030, 2, 1));
    }

    [Fact]
    public void ActivateOnFirstUse_Twice_KeepsTheFirstActivation()
    {
        var entitlement = New(D(2030, 1, 1), null, validityDaysOnFirstUse: 30);
        entitlement.ActivateOnFirstUse(D(2030, 3, 10));

        entitlement.ActivateOnFirstUse(D(2030, 5, 1));

        entitlement.ActivatedOn.ShouldBe(D(2030, 3, 10));
        entitlement.ValidUntil.ShouldBe(D(2030, 4, 8));
    }

    [Fact]
    public void ActivateOnFirstUse_NotAFirstUsePack_ChangesNothing()
    {
        var entitlement = New(D(2030, 1, 1), D(2030, 3, 31));

        entitlement.ActivateOnFirstUse(D(2030, 2, 1));

        entitlement.ActivatedOn.ShouldBeNull();
        entitlement.ValidUntil.ShouldBe(D(2030, 3, 31));
    }

    [Fact]
    public void EndBy_SoonerDay_Shortens()
    {
        var entitlement = New(D(2030, 1, 1), D(2030, 1, 31));

        entitlement.EndBy(D(2030, 1, 20));

        entitlement.ValidUntil.ShouldBe(D(2030, 1, 20));
        entitlement.IsValidOn(D(2030, 1, 21)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(31)]
    [InlineData(30)]
    public void EndBy_LaterOrSameDay_NeverLengthens(int day)
    {
        var entitlement = New(D(2030, 1, 1), D(2030, 1, 30));

        entitlement.EndBy(D(2030, 1, day));

        entitlement.ValidUntil.ShouldBe(D(2030, 1, 30));
    }

    [Fact]
    public void EndBy_NoEnd_SetsIt()
    {
        var entitlement = New(D(2030, 1, 1), null);

        entitlement.EndBy(D(2030, 6, 30));

        entitlement.ValidUntil.ShouldBe(D(2030, 6, 30));
    }

    [Fact]
    public void EndBy_BeforeItsFirstDay_LeavesNoValidDay()
    {
        var entitlement = New(D(2030, 2, 1), D(2030, 2, 28));

        entitlement.EndBy(D(2030, 1, 15));

        entitlement.ValidUntil.ShouldBe(D(2030, 1, 31));
        entitlement.IsValidOn(D(2030, 2, 1)).ShouldBeFalse();
        entitlement.IsValidOn(D(2030, 1, 15)).ShouldBeFalse();
    }

    [Fact]
    public void Extend_MovesTheLastDay()
    {
        var entitlement = New(D(2030, 1, 1), D(2030, 1, 31));

        entitlement.Extend(10);

        entitlement.ValidUntil.ShouldBe(D(2030, 2, 10));
        entitlement.ValidFrom.ShouldBe(D(2030, 1, 1));
    }

    [Fact]
    public void Extend_NoEnd_StaysOpen()
    {
        var entitlement = New(D(2030, 1, 1), null);

        entitlement.Extend(10);

        entitlement.ValidUntil.ShouldBeNull();
    }

    [Fact]
    public void Extend_Negative_Throws()
    {
        var entitlement = New(D(2030, 1, 1), D(2030, 1, 31));

        Should.Throw<ArgumentOutOfRangeException>(() => entitlement.Extend(-1));
        entitlement.ValidUntil.ShouldBe(D(2030, 1, 31));
    }

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static Membership NewMembership()
    {
        var plan = new Plan(Guid.NewGuid(), null, "Ten classes", null, "EUR", new PlanTerms(PlanKind.ClassPack, 12000, Credits: 10, ValidityDays: 30, Activation: PackActivation.OnFirstUse));
        return new Membership(Guid.NewGuid(), null, Guid.NewGuid(), plan, new DateOnly(2030, 1, 1), "UTC", s_now);
    }

    private static Entitlement New(DateOnly validFrom, DateOnly? validUntil, int? validityDaysOnFirstUse = null) =>
        new(Guid.NewGuid(), null, NewMembership(), "membership:test:period:1", false, validFrom, validUntil, validityDaysOnFirstUse, s_now);
}
