using FitSaaS.Forms;

namespace FitSaaS.Domain.Tests.Forms;

/// <summary>The re-sign rule: versions × policies × signatures × effective dates.</summary>
public sealed class LegalRequirementRulesTests
{
    private static readonly DateTime s_now = new(2026, 12, 7, 12, 0, 0, DateTimeKind.Utc);

    public sealed record V(int Number, DateTime EffectiveFrom, LegalResignPolicy Policy) : ILegalVersionTerms;

    private const LegalResignPolicy All = LegalResignPolicy.AllMustResign;
    private const LegalResignPolicy New = LegalResignPolicy.OnlyNewSigners;

    private static V Past(int number, LegalResignPolicy policy) => new(number, s_now.AddDays(-10 + number), policy);

    private static V Future(int number, LegalResignPolicy policy) => new(number, s_now.AddDays(number), policy);

    public static TheoryData<string, V[], int?, int?> Cases => new()
    {
        // name, versions, signed version, required version (null = nothing)
        { "no version: nothing", [], null, null },
        { "only a future version: nothing yet", [Future(1, All)], null, null },
        { "never signed: the current one", [Past(1, All)], null, 1 },
        { "never signed, v2 OnlyNewSigners: the current (v2)", [Past(1, All), Past(2, New)], null, 2 },
        { "signed the current: nothing", [Past(1, All)], 1, null },
        { "signed v1, v2 AllMustResign: v2", [Past(1, All), Past(2, All)], 1, 2 },
        { "signed v1, v2 OnlyNewSigners: nothing", [Past(1, All), Past(2, New)], 1, null },
        { "signed v1, v2 AllMustResign not yet effective: nothing", [Past(1, All), Future(2, All)], 1, null },
        { "never signed, v2 future: v1 now", [Past(1, New), Future(2, All)], null, 1 },
        { "signed v1, v2 All then v3 OnlyNew: v3 (an AllMustResign in between)", [Past(1, All), Past(2, All), Past(3, New)], 1, 3 },
        { "signed v2, v3 OnlyNew: nothing", [Past(1, All), Past(2, All), Past(3, New)], 2, null },
        { "signed v1, v2 OnlyNew, v3 All: v3", [Past(1, All), Past(2, New), Past(3, All)], 1, 3 },
        { "signed v2 (shown before v3), v3 OnlyNew: nothing", [Past(1, New), Past(2, New), Past(3, New)], 2, null },
        { "signed v3, v4 future All: nothing", [Past(1, All), Past(2, All), Past(3, All), Future(4, All)], 3, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void RequiredVersion_FollowsThePolicyTable(string name, V[] versions, int? signedNumber, int? required)
    {
        var version = LegalRequirementRules.RequiredVersion(versions.Reverse(), signedNumber, s_now);

        (version?.Number).ShouldBe(required, name);
    }

    [Fact]
    public void RequiredVersion_AtTheEffectiveInstant_TheNewVersionCounts()
    {
        V[] versions = [Past(1, All), new(2, s_now, All)];

        LegalRequirementRules.RequiredVersion(versions, 1, s_now)!.Number.ShouldBe(2);
        LegalRequirementRules.RequiredVersion(versions, 1, s_now.AddTicks(-10)).ShouldBeNull();
    }

    [Fact]
    public void ComputeHash_IsTheLowerCaseHexSha256OfTheUtf8Text()
    {
        LegalDocumentVersion.ComputeHash("abc").ShouldBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        LegalDocumentVersion.ComputeHash("Müller").Length.ShouldBe(64);
    }
}
