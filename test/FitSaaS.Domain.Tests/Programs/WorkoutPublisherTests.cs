using FitSaaS.Bookings;
using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Programs;

namespace FitSaaS.Domain.Tests.Programs;

/// <summary>Publishing over in-memory repositories; the location is in America/New_York (DST starts 2026-03-08, ends 2026-11-01).</summary>
public sealed class WorkoutPublisherTests
{
    private const string NewYork = "America/New_York";
    private static readonly Guid s_tenantId = Guid.NewGuid();

    private readonly FakePublishedWorkoutRepository _publications = new();
    private readonly FakeLocationRepository _locations = new();
    private readonly FakeWorkoutRepository _workouts = new();
    private readonly Location _location = new(Guid.NewGuid(), s_tenantId, "Brooklyn", NewYork);
    private readonly Track _track;
    private readonly WorkoutPublisher _publisher;
    private readonly FitSaaS.Domain.Tests.FeatureManagement.RecordingQuotaLock _locks = new();
    private readonly FakeDistributedEventBus _events = new();

    public WorkoutPublisherTests()
    {
        _locations.Items.Add(_location);
        _track = new Track(Guid.NewGuid(), s_tenantId, "Main class", _location.Id);
        _publisher = new WorkoutPublisher(_publications, _locations, _locks, new CountingGuidGenerator(), _events);
    }

    [Theory]
    [InlineData("2026-03-08", "2026-03-07T23:00:00Z")] // 18:00 EST the day before
    [InlineData("2026-03-09", "2026-03-08T22:00:00Z")] // 18:00 EDT: the clocks moved on the 8th
    [InlineData("2026-11-01", "2026-10-31T22:00:00Z")] // 18:00 EDT
    [InlineData("2026-11-02", "2026-11-01T23:00:00Z")] // 18:00 EST
    public void ComputeVisibleFromUtc_DefaultSixPmTheDayBefore_FollowsDaylightSaving(string date, string expectedUtc)
    {
        var visible = WorkoutPublisher.ComputeVisibleFromUtc(_track, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), NewYork);

        visible.ShouldBe(DateTime.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal));
        visible.Kind.ShouldBe(DateTimeKind.Utc);
    }

    [Fact]
    public void ComputeVisibleFromUtc_PublishTimeInTheGapOrOverlap_ShiftsForwardOrTakesTheEarlierInstant()
    {
        _track.SetPublishTime(new TimeOnly(2, 30), daysBefore: 0);
        var gap = WorkoutPublisher.ComputeVisibleFromUtc(_track, new DateOnly(2026, 3, 8), NewYork);
        _track.SetPublishTime(new TimeOnly(1, 30), daysBefore: 0);
        var overlap = WorkoutPublisher.ComputeVisibleFromUtc(_track, new DateOnly(2026, 11, 1), NewYork);

        gap.ShouldBe(new DateTime(2026, 3, 8, 7, 30, 0, DateTimeKind.Utc)); // 03:30 EDT
        overlap.ShouldBe(new DateTime(2026, 11, 1, 5, 30, 0, DateTimeKind.Utc)); // 01:30 EDT, the first occurrence
    }

    [Fact]
    public async Task PublishAsync_Republishing_AddsVersions_AndNeverRewritesOldRows()
    {
        var workout = Workout.CreateCustom(Guid.NewGuid(), s_tenantId, WorkoutTests.Content("V1"));
        var date = new DateOnly(2026, 3, 9);

        var first = await _publisher.PublishAsync(_track, date, workout, visibleFromUtc: null, notes: "Scale freely", TestContext.Current.CancellationToken);
        workout.Edit(WorkoutTests.Content("V2", ScoringType.Reps, cap: null));
        var custom = new DateTime(2026, 3, 9, 10, 0, 0, DateTimeKind.Utc);
        var second = await _publisher.PublishAsync(_track, date, workout, custom, notes: null, TestContext.Current.CancellationToken);
        _locks.Acquired.ShouldBe([WorkoutPublisher.LockKey(s_tenantId, _track.Id, date), WorkoutPublisher.LockKey(s_tenantId, _track.Id, date)]);

        first.PublishedVersion.ShouldBe(1);
        first.Snapshot.Title.ShouldBe("V1");
        first.Snapshot.ScoringType.ShouldBe(ScoringType.ForTime);
        first.VisibleFromUtc.ShouldBe(new DateTime(2026, 3, 8, 22, 0, 0, DateTimeKind.Utc));
        first.Notes.ShouldBe("Scale freely");
        second.PublishedVersion.ShouldBe(2);
        second.Snapshot.Title.ShouldBe("V2");
        second.WorkoutVersion.ShouldBe(2);
        second.VisibleFromUtc.ShouldBe(custom);
        (await _publications.GetCurrentListAsync(_track.Id, date, date, TestContext.Current.CancellationToken)).ShouldHaveSingleItem().ShouldBeSameAs(second);
        var events = _events.Published.OfType<WorkoutPublishedEto>().ToList();
        events.Select(e => (e.PublishedWorkoutId, e.PublishedVersion, e.Title, e.Date, e.WorkoutId, e.TrackId))
            .ShouldBe([(first.Id, 1, "V1", date, workout.Id, _track.Id), (second.Id, 2, "V2", date, workout.Id, _track.Id)]);
        events[1].VisibleFromUtc.ShouldBe(custom);
    }

    [Fact]
    public async Task UnpublishAsync_MarksEveryVersion_AndMembersNoLongerSeeIt()
    {
        var workout = Workout.CreateCustom(Guid.NewGuid(), s_tenantId, WorkoutTests.Content("Gone"));
        var date = new DateOnly(2026, 5, 1);
        var published = await _publisher.PublishAsync(_track, date, workout, new DateTime(2026, 4, 1, 0, 0, 0, DateTimeKind.Utc), null, TestContext.Current.CancellationToken);
        published.IsVisibleToMembersAt(new DateTime(2026, 4, 2, 0, 0, 0, DateTimeKind.Utc)).ShouldBeTrue();
        published.IsVisibleToMembersAt(new DateTime(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc)).ShouldBeFalse();

        await _publisher.UnpublishAsync(_track, date, new DateTime(2026, 4, 3, 0, 0, 0, DateTimeKind.Utc), TestContext.Current.CancellationToken);

        published.IsUnpublished.ShouldBeTrue();
        published.IsVisibleToMembersAt(new DateTime(2026, 4, 4, 0, 0, 0, DateTimeKind.Utc)).ShouldBeFalse();
        _publications.Items.ShouldHaveSingleItem();
        (await Should.ThrowAsync<BusinessException>(() => _publisher.UnpublishAsync(_track, date, DateTime.UtcNow, TestContext.Current.CancellationToken)))
            .Code.ShouldBe(ProgramsErrorCodes.DayNotPublished);
    }

    [Fact]
    public async Task ApplyAsync_Template_PublishesSkipsAndFailsPerDay_ReapplyingSkips()
    {
        var a = Workout.CreateCustom(Guid.NewGuid(), s_tenantId, WorkoutTests.Content("A"));
        var b = Workout.CreateCustom(Guid.NewGuid(), s_tenantId, WorkoutTests.Content("B"));
        var foreign = Workout.CreateCustom(Guid.NewGuid(), Guid.NewGuid(), WorkoutTests.Content("Other tenant's"));
        _workouts.Items.AddRange([a, b, foreign]);
        var template = new ProgramTemplate(Guid.NewGuid(), s_tenantId, "Two weeks", null, 2,
        [
            new ProgramTemplateDay { DayOffset = 7, WorkoutId = b.Id },
            new ProgramTemplateDay { DayOffset = 0, WorkoutId = a.Id },
            new ProgramTemplateDay { DayOffset = 1, WorkoutId = a.Id },
            new ProgramTemplateDay { DayOffset = 13, WorkoutId = foreign.Id },
        ]);
        var start = new DateOnly(2026, 3, 2);
        var existing = await _publisher.PublishAsync(_track, start.AddDays(1), b, null, null, TestContext.Current.CancellationToken);
        var applier = new ProgramTemplateApplier(_publications, _workouts, _publisher);

        var first = await applier.ApplyAsync(template, _track, start, TestContext.Current.CancellationToken);
        var second = await applier.ApplyAsync(template, _track, start, TestContext.Current.CancellationToken);

        first.Select(r => (r.DayOffset, r.Date, r.Status, r.ErrorCode)).ShouldBe(
        [
            (0, start, ProgramTemplateDayStatus.Published, (string?)null),
            (1, start.AddDays(1), ProgramTemplateDayStatus.Skipped, null),
            (7, start.AddDays(7), ProgramTemplateDayStatus.Published, null),
            (13, start.AddDays(13), ProgramTemplateDayStatus.Failed, ProgramsErrorCodes.WorkoutNotFound),
        ]);
        first[1].PublishedWorkoutId.ShouldBe(existing.Id);
        second.Take(3).ShouldAllBe(r => r.Status == ProgramTemplateDayStatus.Skipped);
        second[3].Status.ShouldBe(ProgramTemplateDayStatus.Failed);
        _publications.Items.Count.ShouldBe(3);
        // Day 7 (2026-03-09) is after the DST change: its 18:00 the day before is EDT.
        _publications.Items.Single(p => p.Date == start.AddDays(7)).VisibleFromUtc.ShouldBe(new DateTime(2026, 3, 8, 22, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void ProgramTemplate_DayOutsideTheWeeksOrRepeated_IsRejected()
    {
        var workout = Guid.NewGuid();

        Should.Throw<ArgumentException>(() => new ProgramTemplate(Guid.NewGuid(), s_tenantId, "Bad", null, 1, [new ProgramTemplateDay { DayOffset = 7, WorkoutId = workout }]));
        Should.Throw<ArgumentException>(() => new ProgramTemplate(Guid.NewGuid(), s_tenantId, "Bad", null, 1,
            [new ProgramTemplateDay { DayOffset = 1, WorkoutId = workout }, new ProgramTemplateDay { DayOffset = 1, WorkoutId = workout }]));
    }
}
