using FitSaaS.Bookings;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;

namespace FitSaaS.Programs;

/// <summary>
/// Demo data for a tenant (only with <see cref="DataSeedContext.IncludeDemoData"/>), after Bookings' (this module depends on
/// it): gym workouts built from the global exercise library (a back squat 5x5 at a percentage of 1RM, a capped for-time
/// conditioning piece, an AMRAP) and copies of the global benchmarks Fran, Grace and Helen; the tracks
/// <see cref="MainTrackName"/> (Downtown, WOD) and <see cref="BarbellTrackName"/> (Downtown, Open Gym); a workout published on
/// the main track for every local date from 14 days ago to 7 days ahead (Fran three times, one day republished as version 2);
/// the 4-week <see cref="TemplateName"/> template (3 days a week) applied to the barbell track from next Monday; for the first
/// 8 demo members (<see cref="IdentityConsts.DemoMemberIdsSeedProperty"/>) results of the past days (Rx and scaled, a capped
/// one, AMRAPs), back squat 5RM and 1RM lifts over the weeks with personal records and one back-dated 1RM that moves the PR
/// history; weekly body weights for 6 weeks for 3 members, a body-weight goal and a PR goal; and an assignment of the
/// next 3 days by a coach (a demo staff user) to a member. Deterministic; idempotent: nothing is done when the tenant
/// already has tracks.
/// </summary>
public sealed class ProgramsDemoDataSeedContributor(
    ITrackRepository tracks,
    IWorkoutRepository workouts,
    IProgramTemplateRepository templates,
    IWorkoutAssignmentRepository assignments,
    IBodyMetricEntryRepository bodyMetricEntries,
    IGoalRepository goals,
    ILocationRepository locations,
    IClassTypeRepository classTypes,
    WorkoutManager workoutManager,
    TrackManager trackManager,
    WorkoutPublisher publisher,
    ProgramTemplateApplier templateApplier,
    IWorkoutResultTargetResolver targets,
    WorkoutResultManager resultManager,
    BodyMetricManager bodyMetrics,
    GoalManager goalManager,
    IIdentityUserReadRepository users,
    IGuidGenerator guidGenerator,
    IUnitOfWorkManager unitOfWorkManager,
    TimeProvider timeProvider) : IDataSeedContributor, ITransientDependency
{
    /// <summary>The demo's class track (Downtown, WOD).</summary>
    public const string MainTrackName = "Main class";

    /// <summary>The demo's barbell track (Downtown, Open Gym).</summary>
    public const string BarbellTrackName = "Barbell club";

    /// <summary>The demo's 4-week template, 3 days a week.</summary>
    public const string TemplateName = "Strength cycle";

    /// <summary>Days published on the main track before today (local date of Downtown).</summary>
    public const int PastDays = 14;

    /// <summary>Days published on the main track after today.</summary>
    public const int DaysAhead = 7;

    /// <summary>How many demo members get results.</summary>
    public const int MembersWithResults = 8;

    /// <summary>The global exercise the lifts and the squat workout use.</summary>
    public const string BackSquatExerciseName = "Barbell Squat";

    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IncludeDemoData || context.TenantId is not { } tenantId)
        {
            return;
        }

        if ((await tracks.GetPagedListAsync(null, 0, 1, cancellationToken)).TotalCount > 0 ||
            await locations.FindByNameAsync(BookingsDemoDataSeedContributor.LocationName, cancellationToken) is not { } downtown)
        {
            return;
        }

        var members = context.Properties.TryGetValue(IdentityConsts.DemoMemberIdsSeedProperty, out var value) && value is IReadOnlyList<Guid> ids ? ids : [];
        var now = timeProvider.GetUtcNow().UtcDateTime;
        var zone = downtown.TimeZoneId;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(now, TimeZoneInfo.FindSystemTimeZoneById(zone)));

        // The library's exercises, by name.
        var names = new[] { BackSquatExerciseName, "Rowing, Stationary", "Kettlebell Thruster", "Pullups", "Box Jump (Multiple Response)", "Pushups", "Air Bike" };
        var library = await workouts.GetGlobalExercisesByNameAsync(names.Select(Exercise.NormalizeName).ToArray(), cancellationToken);
        Guid ExerciseId(string name) => library[Exercise.NormalizeName(name)].Id;
        var squatId = ExerciseId(BackSquatExerciseName);

        // Gym workouts.
        var squat = await CreateAsync(new WorkoutContent("Back squat 5x5", "Five sets of five at 75 % of 1RM; score the heaviest set.",
            [new WorkoutSection { Kind = WorkoutSectionKind.Strength, Title = "Back squat", Movements =
                [new WorkoutMovement { ExerciseId = squatId, Rx = new() { Sets = 5, Reps = 5, PercentOfOneRepMax = 75m, RestSeconds = 120 } }] }],
            ScoringType.Load, null, false), cancellationToken);
        var engine = await CreateAsync(new WorkoutContent("Row and thrust", "For time, 12-minute cap: 3 rounds of a 500 m row, 15 kettlebell thrusters, 12 box jumps.",
            [new WorkoutSection { Kind = WorkoutSectionKind.Conditioning, Title = "3 rounds for time", Notes = "12-minute cap", Movements =
                [new WorkoutMovement { ExerciseId = ExerciseId("Rowing, Stationary"), Rx = new() { DistanceMeters = 500m }, Scaled = new() { DistanceMeters = 350m } },
                 new WorkoutMovement { ExerciseId = ExerciseId("Kettlebell Thruster"), Rx = new() { Reps = 15, LoadKg = 24m }, Scaled = new() { Reps = 15, LoadKg = 16m } },
                 new WorkoutMovement { ExerciseId = ExerciseId("Box Jump (Multiple Response)"), Rx = new() { Reps = 12 }, ScaledNotes = "Step-ups." }] }],
            ScoringType.ForTime, 720, false), cancellationToken);
        var amrap = await CreateAsync(new WorkoutContent("Twelve-minute AMRAP", "As many rounds as possible in 12 minutes: 5 pull-ups, 10 push-ups, 10 calories on the bike.",
            [new WorkoutSection { Kind = WorkoutSectionKind.Conditioning, Title = "AMRAP 12", Movements =
                [new WorkoutMovement { ExerciseId = ExerciseId("Pullups"), Rx = new() { Reps = 5 }, ScaledNotes = "Banded pull-ups." },
                 new WorkoutMovement { ExerciseId = ExerciseId("Pushups"), Rx = new() { Reps = 10 }, ScaledNotes = "Push-ups from the knees." },
                 new WorkoutMovement { ExerciseId = ExerciseId("Air Bike"), Rx = new() { Calories = 10 } }] }],
            ScoringType.AmrapRoundsReps, 720, false), cancellationToken);
        var fran = await CopyBenchmarkAsync(tenantId, "Fran", cancellationToken);
        var grace = await CopyBenchmarkAsync(tenantId, "Grace", cancellationToken);
        var helen = await CopyBenchmarkAsync(tenantId, "Helen", cancellationToken);

        // Tracks, at Downtown.
        var wod = await classTypes.FindByNameAsync("WOD", cancellationToken);
        var openGym = await classTypes.FindByNameAsync("Open Gym", cancellationToken);
        var main = await trackManager.CreateAsync(MainTrackName, downtown.Id, wod is null ? [] : [wod.Id], cancellationToken);
        main.Describe("The programme of the WOD classes.");
        var barbell = await trackManager.CreateAsync(BarbellTrackName, downtown.Id, openGym is null ? [] : [openGym.Id], cancellationToken);
        barbell.Describe("Strength cycles for Open Gym.");
        await tracks.InsertAsync(main, cancellationToken: cancellationToken);
        await tracks.InsertAsync(barbell, cancellationToken: cancellationToken);
        await SaveAsync(cancellationToken);

        // The main track, every day: Fran on the first day, a week later and today (PR history), the others in rotation.
        Workout[] rotation = [fran, squat, engine, amrap, grace, squat, helen];
        var published = new Dictionary<DateOnly, (PublishedWorkout Day, Workout Workout)>();
        for (var offset = -PastDays; offset <= DaysAhead; offset++)
        {
            var date = today.AddDays(offset);
            var workout = rotation[(offset + PastDays) % rotation.Length];
            published[date] = (await publisher.PublishAsync(main, date, workout, null, null, cancellationToken), workout);
            await SaveAsync(cancellationToken);
        }

        // Tomorrow republished with a note: version 2.
        var tomorrow = today.AddDays(1);
        published[tomorrow] = (await publisher.PublishAsync(main, tomorrow, published[tomorrow].Workout, null, "Updated: longer warm-up.", cancellationToken), published[tomorrow].Workout);
        await SaveAsync(cancellationToken);

        // The strength cycle on the barbell track, from next Monday.
        var template = new ProgramTemplate(guidGenerator.Create(), tenantId, TemplateName, "Four weeks of squats and conditioning, Monday, Wednesday and Friday.", 4,
            [.. Enumerable.Range(0, 4).SelectMany(week => new[]
            {
                new ProgramTemplateDay { DayOffset = (week * 7) + 0, WorkoutId = squat.Id },
                new ProgramTemplateDay { DayOffset = (week * 7) + 2, WorkoutId = engine.Id },
                new ProgramTemplateDay { DayOffset = (week * 7) + 4, WorkoutId = week % 2 == 0 ? amrap.Id : grace.Id },
            })]);
        await templates.InsertAsync(template, cancellationToken: cancellationToken);
        await SaveAsync(cancellationToken);
        var nextMonday = today.AddDays(((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7 is 0 ? 7 : ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7);
        await templateApplier.ApplyAsync(template, barbell, nextMonday, cancellationToken);
        await SaveAsync(cancellationToken);

        if (members.Count < MembersWithResults)
        {
            return;
        }

        await SeedResultsAsync(members, published, today, zone, cancellationToken);
        await SeedLiftsAsync(members, squatId, today, zone, cancellationToken);
        await SeedBodyAndGoalsAsync(members, squatId, now, today, zone, cancellationToken);

        // A coach assigns member 9 the next 3 days of the main track's workouts.
        var staff = (await users.GetPagedListAsync(null, IdentityConsts.StaffRole, null, false, 0, 1, cancellationToken)).Items;
        if (staff.Count == 1 && members.Count > MembersWithResults)
        {
            for (var offset = 1; offset <= 3; offset++)
            {
                var date = today.AddDays(offset);
                await assignments.InsertAsync(
                    WorkoutAssignment.Create(guidGenerator.Create(), tenantId, members[MembersWithResults], staff[0].Id, date, published[date].Workout, null, "Your week back: go easy."),
                    cancellationToken: cancellationToken);
            }

            await SaveAsync(cancellationToken);
        }
    }

    // Results of the past days: members 0-4 Rx, 5-7 scaled (Rx when the workout has no scaled level); member 7 capped on the conditioning piece.
    private async Task SeedResultsAsync(
        IReadOnlyList<Guid> members, Dictionary<DateOnly, (PublishedWorkout Day, Workout Workout)> published, DateOnly today, string zone, CancellationToken cancellationToken)
    {
        for (var offset = -PastDays; offset < 0; offset++)
        {
            var date = today.AddDays(offset);
            var (day, workout) = published[date];
            var weeks = (offset + PastDays) / 7; // 0 the first week, 1 the second: a little better
            for (var m = 0; m < MembersWithResults; m++)
            {
                var member = members[m];
                var target = await targets.ResolveAsync(new WorkoutResultTargetReference(day.Id, null, null), member, cancellationToken);
                var scaled = m >= 5 && target.HasScaledLevel;
                var division = scaled ? WorkoutDivision.Scaled : WorkoutDivision.Rx;
                ScoreEntry score = workout.ScoringType switch
                {
                    ScoringType.ForTime when target.TimeCapSeconds is { } cap && m == 7 => new ScoreEntry(null, null, null, null, 38 + weeks, true),
                    ScoringType.ForTime => new ScoreEntry(BaseSeconds(workout.Title) + (m * 17) - (weeks * (25 + m)), ScoreUnit.Seconds, null, null, null, false),
                    ScoringType.AmrapRoundsReps => new ScoreEntry(null, null, null, 9 - (m / 2) + weeks, (m * 3) % 20, false),
                    ScoringType.Load => new ScoreEntry(100m - (m * 5m) + (weeks * 2.5m), ScoreUnit.Kilograms, null, null, null, false),
                    _ => new ScoreEntry(null, null, null, null, null, false),
                };
                var performedAt = Location.ToUtc(date.ToDateTime(new TimeOnly(m % 2 == 0 ? 6 : 18, 30)).AddMinutes(45), zone);
                await resultManager.LogWorkoutAsync(member, member, target, division, score, performedAt, m == 0 ? "Felt strong." : null, cancellationToken);
                await SaveAsync(cancellationToken);
            }
        }
    }

    private static decimal BaseSeconds(string title) => title switch
    {
        "Fran" => 330m,
        "Grace" => 240m,
        "Helen" => 690m,
        _ => 560m,
    };

    // Back squat 5RM and 1RM over 6 weeks for members 0-3, then a back-dated 1RM of member 0 that moves the PR history.
    private async Task SeedLiftsAsync(IReadOnlyList<Guid> members, Guid squatId, DateOnly today, string zone, CancellationToken cancellationToken)
    {
        for (var m = 0; m < 4; m++)
        {
            var member = members[m];
            foreach (var (weeksAgo, repMax, kg) in new[] { (6, 5, 90m), (4, 1, 110m), (3, 5, 95m), (1, 5, 97.5m), (1, 1, 115m) })
            {
                var at = Location.ToUtc(today.AddDays(-7 * weeksAgo).ToDateTime(new TimeOnly(19, 0)), zone);
                await resultManager.LogLiftAsync(member, member, squatId, BackSquatExerciseName, repMax, WorkoutDivision.Rx,
                    new ScoreEntry(kg - (m * 5m), ScoreUnit.Kilograms, null, null, null, false), at, null, cancellationToken);
                await SaveAsync(cancellationToken);
            }
        }

        // Logged late: two weeks ago, 117.5 kg; last week's 115 kg is no longer a PR.
        var backDated = Location.ToUtc(today.AddDays(-14).ToDateTime(new TimeOnly(19, 0)), zone);
        await resultManager.LogLiftAsync(members[0], members[0], squatId, BackSquatExerciseName, 1, WorkoutDivision.Rx,
            new ScoreEntry(117.5m, ScoreUnit.Kilograms, null, null, null, false), backDated, "Logged late.", cancellationToken);
        await SaveAsync(cancellationToken);
    }

    // Weekly body weights for members 0-2 over 6 weeks; a body-weight goal for member 1 and a back squat 1RM goal for member 2.
    private async Task SeedBodyAndGoalsAsync(
        IReadOnlyList<Guid> members, Guid squatId, DateTime now, DateOnly today, string zone, CancellationToken cancellationToken)
    {
        var bodyWeight = await bodyMetrics.GetAsync(BuiltInBodyMetrics.BodyWeight.Id, cancellationToken);
        decimal[] starts = [82m, 91m, 64m];
        for (var m = 0; m < 3; m++)
        {
            for (var week = 6; week >= 1; week--)
            {
                var at = Location.ToUtc(today.AddDays(-7 * week).ToDateTime(new TimeOnly(7, 0)), zone);
                var kg = starts[m] - ((6 - week) * (m == 2 ? -0.2m : 0.6m));
                await bodyMetricEntries.InsertAsync(bodyMetrics.CreateEntry(members[m], bodyWeight, kg, BodyMetricUnit.Kilogram, at, now, null), cancellationToken: cancellationToken);
            }
        }

        await SaveAsync(cancellationToken);

        // Member 1 started the 6 weeks at 91 kg and aims for 85 kg; the goal's start is the latest weight.
        var weightGoal = await goalManager.CreateBodyMetricGoalAsync(
            members[1], bodyWeight.Id, 85m, BodyMetricUnit.Kilogram, GoalDirection.Decrease, today.AddDays(56), "Down to 85 kg", now, cancellationToken);
        await goals.InsertAsync(weightGoal, cancellationToken: cancellationToken);
        var squatGoal = await goalManager.CreatePersonalRecordGoalAsync(
            members[2], null, squatId, 1, WorkoutDivision.Rx, null, 120m, today.AddDays(90), "Back squat 120 kg", now, cancellationToken);
        await goals.InsertAsync(squatGoal, cancellationToken: cancellationToken);
        await SaveAsync(cancellationToken);
    }

    private async Task<Workout> CreateAsync(WorkoutContent content, CancellationToken cancellationToken)
    {
        var workout = await workoutManager.CreateCustomAsync(content, cancellationToken);
        await workouts.InsertAsync(workout, cancellationToken: cancellationToken);
        return workout;
    }

    private async Task<Workout> CopyBenchmarkAsync(Guid tenantId, string title, CancellationToken cancellationToken)
    {
        var found = await workouts.GetListAsync(new WorkoutSearch { VisibleToTenantId = tenantId, Text = title, IsBenchmark = true }, false, 0, 20, cancellationToken);
        var benchmark = found.First(w => w.TenantId is null && w.Title == title);
        var copy = workoutManager.Copy(benchmark, null);
        await workouts.InsertAsync(copy, cancellationToken: cancellationToken);
        return copy;
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        if (unitOfWorkManager.Current is { } unitOfWork)
        {
            await unitOfWork.SaveChangesAsync(cancellationToken);
        }
    }
}
