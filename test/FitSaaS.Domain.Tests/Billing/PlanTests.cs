using FitSaaS.Billing;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Domain.Tests.Billing;

public sealed class PlanTests
{
    private static readonly Guid s_typeA = Guid.NewGuid();
    private static readonly Guid s_typeB = Guid.NewGuid();
    private static readonly Guid s_locationA = Guid.NewGuid();
    private static readonly Guid s_sessionA = Guid.NewGuid();
    private static readonly Guid s_sessionB = Guid.NewGuid();

    private static readonly PlanTerms s_membership = new(PlanKind.Membership, 9900, 17m, TaxMode.Inclusive, BillingInterval.Month, IntervalCount: 1);
    private static readonly PlanTerms s_pack = new(PlanKind.ClassPack, 12000, Credits: 10, ValidityDays: 90, Activation: PackActivation.OnPurchase);
    private static readonly PlanTerms s_dropIn = new(PlanKind.DropIn, 1500, ValidityDays: 1);
    private static readonly PlanTerms s_course = new(PlanKind.Course, 20000, CourseSessionIds: [s_sessionA, s_sessionB]);

    public static TheoryData<string, PlanTerms, string> InvalidTerms => new()
    {
        { "membership without interval", s_membership with { Interval = null }, "interval" },
        { "membership without interval count", s_membership with { IntervalCount = null }, "intervalCount" },
        { "membership with interval count 0", s_membership with { IntervalCount = 0 }, "intervalCount" },
        { "membership with interval count 13", s_membership with { IntervalCount = PlanConsts.MaxIntervalCount + 1 }, "intervalCount" },
        { "membership with allowance 0", s_membership with { Allowance = 0 }, "allowance" },
        { "membership with allowance too high", s_membership with { Allowance = PlanConsts.MaxCredits + 1 }, "allowance" },
        { "membership with negative minimum term", s_membership with { MinimumTermMonths = -1 }, "minimumTermMonths" },
        { "membership with minimum term too long", s_membership with { MinimumTermMonths = PlanConsts.MaxMinimumTermMonths + 1 }, "minimumTermMonths" },
        { "membership with credits", s_membership with { Credits = 10 }, "credits" },
        { "membership with validity", s_membership with { ValidityDays = 30 }, "validityDays" },
        { "membership with activation", s_membership with { Activation = PackActivation.OnPurchase }, "activation" },
        { "membership with course sessions", s_membership with { CourseSessionIds = [s_sessionA] }, "courseSessionIds" },
        { "membership with an undefined interval", s_membership with { Interval = (BillingInterval)99 }, "interval" },
        { "pack with an interval", s_pack with { Interval = BillingInterval.Month }, "interval" },
        { "pack without credits", s_pack with { Credits = null }, "credits" },
        { "pack with 0 credits", s_pack with { Credits = 0 }, "credits" },
        { "pack with too many credits", s_pack with { Credits = PlanConsts.MaxCredits + 1 }, "credits" },
        { "pack without activation", s_pack with { Activation = null }, "activation" },
        { "pack with an undefined activation", s_pack with { Activation = (PackActivation)7 }, "activation" },
        { "pack without validity", s_pack with { ValidityDays = null }, "validityDays" },
        { "pack with validity too long", s_pack with { ValidityDays = PlanConsts.MaxValidityDays + 1 }, "validityDays" },
        { "pack with an allowance", s_pack with { Allowance = 5 }, "allowance" },
        { "pack with a minimum term", s_pack with { MinimumTermMonths = 3 }, "minimumTermMonths" },
        { "pack with an interval count", s_pack with { IntervalCount = 1 }, "intervalCount" },
        { "drop-in with credits", s_dropIn with { Credits = 1 }, "credits" },
        { "drop-in without validity", s_dropIn with { ValidityDays = null }, "validityDays" },
        { "drop-in with activation", s_dropIn with { Activation = PackActivation.OnFirstUse }, "activation" },
        { "course without sessions", s_course with { CourseSessionIds = null }, "courseSessionIds" },
        { "course with an empty session list", s_course with { CourseSessionIds = [] }, "courseSessionIds" },
        { "course with credits", s_course with { Credits = 2 }, "credits" },
        { "course with validity", s_course with { ValidityDays = 30 }, "validityDays" },
        { "course with Guid.Empty as a session", s_course with { CourseSessionIds = [s_sessionA, Guid.Empty] }, "courseSessionIds" },
        { "Guid.Empty in class types", s_membership with { ClassTypeIds = [s_typeA, Guid.Empty] }, "classTypeIds" },
        { "Guid.Empty in locations", s_pack with { LocationIds = [Guid.Empty] }, "locationIds" },
        { "too many class types", s_membership with { ClassTypeIds = [.. Enumerable.Range(0, PlanConsts.MaxReferences + 1).Select(_ => Guid.NewGuid())] }, "classTypeIds" },
        { "undefined kind", s_membership with { Kind = (PlanKind)42 }, "kind" },
        { "undefined tax mode", s_membership with { TaxMode = (TaxMode)5 }, "taxMode" },
    };

    [Fact]
    public void Constructor_Membership_KeepsItsTerms()
    {
        var terms = s_membership with { Allowance = 8, MinimumTermMonths = 12, OncePerMember = true, ClassTypeIds = [s_typeA], LocationIds = [s_locationA] };

        var plan = new Plan(Guid.NewGuid(), Guid.NewGuid(), "  Monthly  ", "  All you need  ", "EUR", terms);

        plan.Name.ShouldBe("Monthly");
        plan.Description.ShouldBe("All you need");
        plan.Currency.ShouldBe("EUR");
        plan.IsActive.ShouldBeTrue();
        plan.Kind.ShouldBe(PlanKind.Membership);
        plan.Price.ShouldBe(9900);
        plan.TaxRatePercent.ShouldBe(17m);
        plan.TaxMode.ShouldBe(TaxMode.Inclusive);
        plan.Interval.ShouldBe(BillingInterval.Month);
        plan.IntervalCount.ShouldBe(1);
        plan.Allowance.ShouldBe(8);
        plan.MinimumTermMonths.ShouldBe(12);
        plan.Credits.ShouldBeNull();
        plan.ValidityDays.ShouldBeNull();
        plan.Activation.ShouldBeNull();
        plan.OncePerMember.ShouldBeTrue();
        plan.ClassTypeIds.ShouldBe([s_typeA]);
        plan.LocationIds.ShouldBe([s_locationA]);
        plan.CourseSessionIds.ShouldBeEmpty();
    }

    [Fact]
    public void Constructor_ClassPack_KeepsCreditsValidityAndActivation()
    {
        var plan = NewPlan(s_pack with { Activation = PackActivation.OnFirstUse });

        plan.Kind.ShouldBe(PlanKind.ClassPack);
        plan.Credits.ShouldBe(10);
        plan.ValidityDays.ShouldBe(90);
        plan.Activation.ShouldBe(PackActivation.OnFirstUse);
        plan.Interval.ShouldBeNull();
        plan.IntervalCount.ShouldBeNull();
        plan.Allowance.ShouldBeNull();
        plan.MinimumTermMonths.ShouldBe(0);
    }

    [Fact]
    public void Constructor_DropIn_GetsOneCredit()
    {
        var plan = NewPlan(s_dropIn);

        plan.Kind.ShouldBe(PlanKind.DropIn);
        plan.Credits.ShouldBe(1);
        plan.ValidityDays.ShouldBe(1);
        plan.Activation.ShouldBeNull();
    }

    [Fact]
    public void Constructor_Course_GetsOneCreditPerSession()
    {
        var plan = NewPlan(s_course);

        plan.Kind.ShouldBe(PlanKind.Course);
        plan.Credits.ShouldBe(2);
        plan.CourseSessionIds.ShouldBe([s_sessionA, s_sessionB]);
        plan.ValidityDays.ShouldBeNull();
    }

    [Fact]
    public void Constructor_DuplicateIds_AreCollapsed()
    {
        var plan = NewPlan(s_course with
        {
            CourseSessionIds = [s_sessionA, s_sessionB, s_sessionA, s_sessionB, s_sessionA],
            ClassTypeIds = [s_typeA, s_typeA, s_typeB],
            LocationIds = [s_locationA, s_locationA],
        });

        plan.CourseSessionIds.ShouldBe([s_sessionA, s_sessionB]);
        plan.Credits.ShouldBe(2);
        plan.ClassTypeIds.ShouldBe([s_typeA, s_typeB]);
        plan.LocationIds.ShouldBe([s_locationA]);
    }

    [Fact]
    public void Constructor_MaxReferencesWithDuplicates_IsAccepted()
    {
        var ids = Enumerable.Range(0, PlanConsts.MaxReferences).Select(_ => Guid.NewGuid()).ToList();

        var plan = NewPlan(s_membership with { ClassTypeIds = [.. ids, .. ids] });

        plan.ClassTypeIds.Count.ShouldBe(PlanConsts.MaxReferences);
    }

    [Theory]
    [InlineData(BillingInterval.Week, 2)]
    [InlineData(BillingInterval.Month, PlanConsts.MaxIntervalCount)]
    [InlineData(BillingInterval.Year, 1)]
    public void Constructor_MembershipIntervals_AreAccepted(BillingInterval interval, int count)
    {
        var plan = NewPlan(s_membership with { Interval = interval, IntervalCount = count, MinimumTermMonths = PlanConsts.MaxMinimumTermMonths, Allowance = PlanConsts.MaxCredits });

        plan.Interval.ShouldBe(interval);
        plan.IntervalCount.ShouldBe(count);
        plan.MinimumTermMonths.ShouldBe(PlanConsts.MaxMinimumTermMonths);
        plan.Allowance.ShouldBe(PlanConsts.MaxCredits);
    }

    [Fact]
    public void Constructor_FreePlan_IsAccepted()
    {
        NewPlan(s_dropIn with { Price = 0 }).Price.ShouldBe(0);
    }

    [Theory]
    [MemberData(nameof(InvalidTerms))]
    public void Constructor_FieldNotFittingKind_ThrowsInvalidPlanWithField(string scenario, PlanTerms terms, string field)
    {
        var ex = Should.Throw<BusinessException>(() => NewPlan(terms), scenario);

        ex.Code.ShouldBe(BillingErrorCodes.InvalidPlan, scenario);
        ex.Details["field"].ShouldBe(field, scenario);
    }

    [Theory]
    [MemberData(nameof(InvalidTerms))]
    public void Configure_FieldNotFittingKind_ThrowsInvalidPlanWithField(string scenario, PlanTerms terms, string field)
    {
        var plan = NewPlan(s_dropIn);

        var ex = Should.Throw<BusinessException>(() => plan.Configure(terms), scenario);

        ex.Code.ShouldBe(BillingErrorCodes.InvalidPlan, scenario);
        ex.Details["field"].ShouldBe(field, scenario);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(BillingMath.MaxAmount + 1)]
    public void Constructor_PriceOutOfRange_ThrowsInvalidAmount(long price)
    {
        var ex = Should.Throw<BusinessException>(() => NewPlan(s_pack with { Price = price }));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidAmount);
        ex.Details["name"].ShouldBe("price");
    }

    [Fact]
    public void Constructor_InvalidTaxRate_ThrowsInvalidTaxRate()
    {
        var ex = Should.Throw<BusinessException>(() => NewPlan(s_pack with { TaxRatePercent = 17.12345m }));

        ex.Code.ShouldBe(BillingErrorCodes.InvalidTaxRate);
    }

    [Theory]
    [InlineData("eur")]
    [InlineData("XYZ")]
    public void Constructor_UnknownCurrency_ThrowsUnknownCurrency(string currency)
    {
        var ex = Should.Throw<BusinessException>(() => new Plan(Guid.NewGuid(), null, "Pack", null, currency, s_pack));

        ex.Code.ShouldBe(BillingErrorCodes.UnknownCurrency);
        ex.Details["currency"].ShouldBe(currency);
    }

    [Fact]
    public void Configure_AnotherKind_ReplacesTheTerms()
    {
        var plan = NewPlan(s_pack with { ClassTypeIds = [s_typeA] });

        plan.Configure(s_membership);

        plan.Kind.ShouldBe(PlanKind.Membership);
        plan.Price.ShouldBe(9900);
        plan.Credits.ShouldBeNull();
        plan.ValidityDays.ShouldBeNull();
        plan.Activation.ShouldBeNull();
        plan.Interval.ShouldBe(BillingInterval.Month);
        plan.ClassTypeIds.ShouldBeEmpty();
    }

    [Fact]
    public void Configure_Invalid_LeavesThePlanUnchanged()
    {
        var plan = NewPlan(s_pack);

        Should.Throw<BusinessException>(() => plan.Configure(s_pack with { Price = 1, Activation = null }));

        plan.Price.ShouldBe(12000);
        plan.Activation.ShouldBe(PackActivation.OnPurchase);
    }

    [Fact]
    public void Configure_InvalidClassTypeIds_LeavesThePlanUnchanged()
    {
        var plan = NewPlan(s_pack);

        Should.Throw<BusinessException>(() => plan.Configure(s_membership with { ClassTypeIds = [Guid.Empty] }));

        plan.Kind.ShouldBe(PlanKind.ClassPack);
        plan.Price.ShouldBe(12000);
        plan.Credits.ShouldBe(10);
    }

    [Fact]
    public void Covers_EmptyLists_CoverEverything()
    {
        var plan = NewPlan(s_membership);

        plan.Covers(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()).ShouldBeTrue();
    }

    [Fact]
    public void Covers_ClassTypesAndLocations_RestrictBoth()
    {
        var plan = NewPlan(s_pack with { ClassTypeIds = [s_typeA, s_typeB], LocationIds = [s_locationA] });

        plan.Covers(s_typeA, s_locationA, Guid.NewGuid()).ShouldBeTrue();
        plan.Covers(s_typeB, s_locationA, Guid.NewGuid()).ShouldBeTrue();
        plan.Covers(Guid.NewGuid(), s_locationA, Guid.NewGuid()).ShouldBeFalse();
        plan.Covers(s_typeA, Guid.NewGuid(), Guid.NewGuid()).ShouldBeFalse();
    }

    [Fact]
    public void Covers_Course_OnlyItsSessions()
    {
        var plan = NewPlan(s_course);

        plan.Covers(Guid.NewGuid(), Guid.NewGuid(), s_sessionA).ShouldBeTrue();
        plan.Covers(Guid.NewGuid(), Guid.NewGuid(), s_sessionB).ShouldBeTrue();
        plan.Covers(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()).ShouldBeFalse();
    }

    [Fact]
    public void Covers_CourseWithClassTypes_NeedsBoth()
    {
        var plan = NewPlan(s_course with { ClassTypeIds = [s_typeA] });

        plan.Covers(s_typeA, Guid.NewGuid(), s_sessionA).ShouldBeTrue();
        plan.Covers(s_typeB, Guid.NewGuid(), s_sessionA).ShouldBeFalse();
    }

    [Fact]
    public void IsUnlimited_OnlyMembershipWithoutAllowance()
    {
        NewPlan(s_membership).IsUnlimited.ShouldBeTrue();
        NewPlan(s_membership with { Allowance = 12 }).IsUnlimited.ShouldBeFalse();
        NewPlan(s_pack).IsUnlimited.ShouldBeFalse();
        NewPlan(s_dropIn).IsUnlimited.ShouldBeFalse();
        NewPlan(s_course).IsUnlimited.ShouldBeFalse();
    }

    [Fact]
    public void Archive_ThenEnsureActive_ThrowsPlanArchived()
    {
        var plan = NewPlan(s_pack);
        plan.EnsureActive();

        plan.Archive();

        plan.IsActive.ShouldBeFalse();
        var ex = Should.Throw<BusinessException>(plan.EnsureActive);
        ex.Code.ShouldBe(BillingErrorCodes.PlanArchived);
        ex.Details["planId"].ShouldBe(plan.Id);
    }

    [Fact]
    public void Restore_AfterArchive_CanBeSoldAgain()
    {
        var plan = NewPlan(s_pack);
        plan.Archive();

        plan.Restore();

        plan.IsActive.ShouldBeTrue();
        Should.NotThrow(plan.EnsureActive);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Rename_Blank_Throws(string name)
    {
        var plan = NewPlan(s_pack);

        Should.Throw<ArgumentException>(() => plan.Rename(name));
        plan.Name.ShouldBe("Plan");
    }

    [Fact]
    public void Rename_TooLong_Throws()
    {
        var plan = NewPlan(s_pack);

        Should.Throw<ArgumentOutOfRangeException>(() => plan.Rename(new string('x', PlanConsts.MaxNameLength + 1)));
        plan.Rename(new string('x', PlanConsts.MaxNameLength));
        plan.Name.Length.ShouldBe(PlanConsts.MaxNameLength);
    }

    [Fact]
    public void Describe_Blank_ClearsTheDescription()
    {
        var plan = new Plan(Guid.NewGuid(), null, "Plan", "Something", "USD", s_pack);

        plan.Describe("   ");

        plan.Description.ShouldBeNull();
    }

    private static Plan NewPlan(PlanTerms terms) => new(Guid.NewGuid(), Guid.NewGuid(), "Plan", null, "EUR", terms);
}
