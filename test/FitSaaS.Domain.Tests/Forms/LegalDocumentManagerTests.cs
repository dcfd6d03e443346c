using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Domain.Tests.Forms.Fakes;
using FitSaaS.Forms;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Domain.Tests.Forms;

/// <summary>
/// Announcing a version to re-sign (ADR 0068): <see cref="LegalDocumentToSignEto"/> in batches of
/// <see cref="LegalDocumentConsts.MaxMembersPerToSignEvent"/>, each member in exactly one batch; nothing for a first
/// version or one only new signers sign.
/// </summary>
public sealed class LegalDocumentManagerTests
{
    private static readonly DateTime s_now = new(2030, 3, 1, 9, 0, 0, DateTimeKind.Utc);

    private readonly FakeLegalSignatureRepository _signatures = new();
    private readonly FakeDistributedEventBus _events = new();
    private readonly LegalDocumentManager _manager;
    private readonly LegalDocument _waiver = new(Guid.NewGuid(), Guid.NewGuid(), LegalDocumentKind.LiabilityWaiver, "Liability waiver", LegalDocumentScope.All, LegalDocumentGates.Booking);

    public LegalDocumentManagerTests() =>
        _manager = new LegalDocumentManager(
            new FakeLegalDocumentRepository(), new FakeLegalDocumentVersionRepository(), _signatures, _events,
            new SequentialGuidGenerator(TimeProvider.System), new CurrentTenant(new CurrentTenantAccessor()));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(500, 1)]
    [InlineData(501, 2)]
    [InlineData(1001, 3)]
    public async Task AnnounceToSignAsync_AllMustResign_PublishesFullBatchesOf500_EachMemberOnce(int members, int batches)
    {
        var ids = Enumerable.Range(0, members).Select(_ => Guid.NewGuid()).Order().ToList();
        _signatures.MembersToResign.AddRange(ids);
        var version = Version(2, LegalResignPolicy.AllMustResign);

        var announced = await _manager.AnnounceToSignAsync(_waiver, version, TestContext.Current.CancellationToken);

        announced.ShouldBe(members);
        var published = _events.Published.Cast<LegalDocumentToSignEto>().ToList();
        published.Select(e => e.Batch).ShouldBe(Enumerable.Range(1, batches));
        published.Select(e => e.MemberUserIds.Count).ShouldBe(
            Enumerable.Range(0, batches).Select(b => Math.Min(LegalDocumentConsts.MaxMembersPerToSignEvent, members - (b * LegalDocumentConsts.MaxMembersPerToSignEvent))));
        published.SelectMany(e => e.MemberUserIds).ShouldBe(ids, "every member once, in order");
        published.ShouldAllBe(e => e.LegalDocumentId == _waiver.Id && e.VersionId == version.Id && e.VersionNumber == 2
            && e.Title == "Liability waiver" && e.Kind == LegalDocumentKind.LiabilityWaiver && e.EffectiveFromUtc == version.EffectiveFrom);
    }

    [Theory]
    [InlineData(1, LegalResignPolicy.AllMustResign)]
    [InlineData(2, LegalResignPolicy.OnlyNewSigners)]
    public async Task AnnounceToSignAsync_AFirstVersionOrOnlyNewSigners_AnnouncesNothing(int number, LegalResignPolicy policy)
    {
        _signatures.MembersToResign.AddRange([Guid.NewGuid(), Guid.NewGuid()]);

        var announced = await _manager.AnnounceToSignAsync(_waiver, Version(number, policy), TestContext.Current.CancellationToken);

        announced.ShouldBe(0);
        _events.Published.ShouldBeEmpty();
    }

    [Fact]
    public async Task AnnounceToSignAsync_NobodySignedBefore_AnnouncesNothing()
    {
        (await _manager.AnnounceToSignAsync(_waiver, Version(3, LegalResignPolicy.AllMustResign), TestContext.Current.CancellationToken)).ShouldBe(0);

        _events.Published.ShouldBeEmpty();
    }

    private LegalDocumentVersion Version(int number, LegalResignPolicy policy) =>
        new(Guid.NewGuid(), _waiver.TenantId, _waiver.Id, number, $"Version {number} of the waiver.", s_now, policy, s_now);
}
