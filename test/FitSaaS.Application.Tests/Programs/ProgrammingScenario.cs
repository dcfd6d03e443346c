using FitSaaS.Application.Tests.Bookings;
using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Programs;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Programs;

/// <summary>Helpers for the programming tests: a gym (Bookings) with a track, workouts built from the library.</summary>
public sealed class ProgrammingScenario(FitSaaSApplicationFixture fixture)
{
    public BookingsScenario Bookings { get; } = new(fixture);

    public Task<TResult> AsAdminAsync<TService, TResult>(TestTenant tenant, Func<TService, Task<TResult>> call)
        where TService : notnull => Bookings.AsAdminAsync(tenant, call);

    public Task<TResult> AsMemberAsync<TService, TResult>(TestTenant tenant, Guid memberId, Func<TService, Task<TResult>> call)
        where TService : notnull => Bookings.AsMemberAsync(tenant, memberId, call);

    /// <summary>A global exercise's id by exact name.</summary>
    public async Task<Guid> ExerciseIdAsync(TestTenant tenant, string name)
    {
        var page = await AsAdminAsync<IExerciseAppService, PagedResultDto<ExerciseDto>>(tenant, s => s.GetListAsync(
            new GetExerciseListInput { Filter = name, OnlyCustom = false, MaxResultCount = 100 }));
        return page.Items.First(e => e.Name == name).Id;
    }

    /// <summary>A for-time workout: back squats (Rx 100 kg, scaled 60 kg) then pull-ups.</summary>
    public async Task<CreateWorkoutDto> NewWorkoutAsync(TestTenant tenant, string title, bool scaled = true) => new()
    {
        Title = title,
        Description = "Squat, then pull-ups for time.",
        ScoringType = ScoringType.ForTime,
        TimeCapSeconds = 900,
        Sections =
        [
            new WorkoutSectionDto
            {
                Kind = WorkoutSectionKind.Strength,
                Title = "Back squat",
                Movements =
                [
                    new WorkoutMovementDto
                    {
                        ExerciseId = await ExerciseIdAsync(tenant, "Barbell Squat"),
                        Rx = new MovementPrescriptionDto { Sets = 5, RepScheme = "5-5-3-3-1", LoadKg = 100m, RestSeconds = 120 },
                        Scaled = scaled ? new MovementPrescriptionDto { Sets = 5, Reps = 5, LoadKg = 60m } : null,
                    },
                ],
            },
            new WorkoutSectionDto
            {
                Kind = WorkoutSectionKind.Conditioning,
                Title = "For time",
                Notes = "Run 400 m between sets.",
                Movements = [new WorkoutMovementDto { ExerciseId = await ExerciseIdAsync(tenant, "Pullups"), Rx = new MovementPrescriptionDto { Reps = 50 } }],
            },
        ],
    };

    public async Task<WorkoutDto> CreateWorkoutAsync(TestTenant tenant, string title) =>
        await AsAdminAsync<IWorkoutAppService, WorkoutDto>(tenant, async s => await s.CreateAsync(await NewWorkoutAsync(tenant, title)));

    /// <summary>A gym (New York location, class type, one session in two days) and a track at its location.</summary>
    public async Task<(Gym Gym, TrackDto Track)> CreateGymWithTrackAsync()
    {
        var gym = await Bookings.CreateGymAsync(capacity: 10);
        var track = await AsAdminAsync<ITrackAppService, TrackDto>(gym.Tenant, s => s.CreateAsync(
            new CreateTrackDto { Name = "Main class", LocationId = gym.Location.Id }));
        return (gym, track);
    }

    public Task<PublishedWorkoutDto> PublishAsync(TestTenant tenant, Guid trackId, DateOnly date, Guid workoutId, DateTime? visibleFromUtc = null) =>
        AsAdminAsync<ITrackAppService, PublishedWorkoutDto>(tenant, s => s.PublishAsync(trackId, new PublishWorkoutDto { Date = date, WorkoutId = workoutId, VisibleFromUtc = visibleFromUtc }));

    public static DateOnly TodayUtc => DateOnly.FromDateTime(DateTime.UtcNow);
}
