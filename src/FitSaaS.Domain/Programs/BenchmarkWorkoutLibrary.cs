namespace FitSaaS.Programs;

/// <summary>
/// The classic benchmark workouts seeded into the global library, written by us from their public descriptions. Loads in kilograms
/// (men's / women's Rx where they differ: the women's load is the scaled prescription's note), distances in metres.
/// </summary>
public static class BenchmarkWorkoutLibrary
{
    private static MovementPrescription Reps(string scheme) => new() { RepScheme = scheme };

    private static MovementPrescription Reps(int reps, decimal? loadKg = null) => new() { Reps = reps, LoadKg = loadKg };

    private static MovementPrescription Metres(decimal metres) => new() { DistanceMeters = metres };

    /// <summary>The benchmarks, in the order they are seeded.</summary>
    public static IReadOnlyList<BenchmarkWorkoutDefinition> All { get; } =
    [
        new("fran", "Fran", "Three rounds of 21, 15 and 9 reps of barbell thrusters (43 kg; 30 kg for women) and pull-ups, for time.",
            ScoringType.ForTime, null, "21-15-9",
            [
                new("Thruster", "Barbell thrusters 43/30 kg", Reps("21-15-9") with { LoadKg = 43m }, Reps("21-15-9") with { LoadKg = 30m }, "Lighter bar."),
                new("Pullups", "Pull-ups", Reps("21-15-9"), null, "Banded or jumping pull-ups."),
            ]),
        new("grace", "Grace", "Thirty clean and jerks at 61 kg (43 kg for women), for time.",
            ScoringType.ForTime, null, "30 reps",
            [new("Clean and Jerk", "Clean and jerks", Reps(30, 61m), Reps(30, 43m), "Lighter bar.")]),
        new("isabel", "Isabel", "Thirty snatches at 61 kg (43 kg for women), for time.",
            ScoringType.ForTime, null, "30 reps",
            [new("Snatch", "Snatches", Reps(30, 61m), Reps(30, 43m), "Lighter bar or power snatches.")]),
        new("helen", "Helen", "Three rounds of a 400 m run, 21 kettlebell swings (24 kg; 16 kg for women) and 12 pull-ups, for time.",
            ScoringType.ForTime, null, "3 rounds",
            [
                new("Running", "Run 400 m", Metres(400)),
                new("Kettlebell Swing", "Kettlebell swings 24/16 kg", Reps(21, 24m), Reps(21, 16m)),
                new("Pullups", "Pull-ups", Reps(12), null, "Banded or ring rows."),
            ]),
        new("diane", "Diane", "Three rounds of 21, 15 and 9 reps of deadlifts (102 kg; 70 kg for women) and handstand push-ups, for time.",
            ScoringType.ForTime, null, "21-15-9",
            [
                new("Barbell Deadlift", "Deadlifts", Reps("21-15-9") with { LoadKg = 102m }, Reps("21-15-9") with { LoadKg = 70m }),
                new("Handstand Push-Ups", "Handstand push-ups", Reps("21-15-9"), null, "Pike push-ups or abmat under the head."),
            ]),
        new("elizabeth", "Elizabeth", "Three rounds of 21, 15 and 9 reps of cleans (61 kg; 43 kg for women) and ring dips, for time.",
            ScoringType.ForTime, null, "21-15-9",
            [
                new("Clean", "Cleans", Reps("21-15-9") with { LoadKg = 61m }, Reps("21-15-9") with { LoadKg = 43m }),
                new("Ring Dips", "Ring dips", Reps("21-15-9"), null, "Bench dips."),
            ]),
        new("karen", "Karen", "150 wall-ball shots (9 kg ball to a 3 m target; 6 kg to 2.7 m for women), for time.",
            ScoringType.ForTime, null, "150 reps",
            [new("Wall Ball", "Wall-ball shots 9/6 kg", Reps(150, 9m), Reps(150, 6m))]),
        new("annie", "Annie", "50, 40, 30, 20 and 10 reps of double-unders and sit-ups, for time.",
            ScoringType.ForTime, null, "50-40-30-20-10",
            [
                new("Double Under", "Double-unders", Reps("50-40-30-20-10"), null, "Twice as many single-unders."),
                new("Sit-Up", "Sit-ups", Reps("50-40-30-20-10")),
            ]),
        new("cindy", "Cindy", "As many rounds as possible in 20 minutes of 5 pull-ups, 10 push-ups and 15 air squats.",
            ScoringType.AmrapRoundsReps, 1200, "AMRAP 20 min",
            [
                new("Pullups", "Pull-ups", Reps(5), null, "Banded pull-ups or ring rows."),
                new("Pushups", "Push-ups", Reps(10), null, "Knee push-ups."),
                new("Bodyweight Squat", "Air squats", Reps(15)),
            ]),
        new("mary", "Mary", "As many rounds as possible in 20 minutes of 5 handstand push-ups, 10 alternating pistols and 15 pull-ups.",
            ScoringType.AmrapRoundsReps, 1200, "AMRAP 20 min",
            [
                new("Handstand Push-Ups", "Handstand push-ups", Reps(5), null, "Pike push-ups."),
                new("Pistol Squat", "Alternating pistols", Reps(10), null, "Box pistols."),
                new("Pullups", "Pull-ups", Reps(15), null, "Banded pull-ups."),
            ]),
        new("jackie", "Jackie", "For time: a 1,000 m row, 50 barbell thrusters at 20 kg (15 kg for women), 30 pull-ups.",
            ScoringType.ForTime, null, "For time",
            [
                new("Rowing, Stationary", "Row 1,000 m", Metres(1000)),
                new("Thruster", "Barbell thrusters 20/15 kg", Reps(50, 20m), Reps(50, 15m)),
                new("Pullups", "Pull-ups", Reps(30), null, "Banded pull-ups."),
            ]),
        new("nancy", "Nancy", "Five rounds of a 400 m run and 15 overhead squats (43 kg; 30 kg for women), for time.",
            ScoringType.ForTime, null, "5 rounds",
            [
                new("Running", "Run 400 m", Metres(400)),
                new("Overhead Squat", "Overhead squats", Reps(15, 43m), Reps(15, 30m)),
            ]),
        new("kelly", "Kelly", "Five rounds of a 400 m run, 30 box jumps (60 cm box) and 30 wall-ball shots (9 kg; 6 kg for women), for time.",
            ScoringType.ForTime, null, "5 rounds",
            [
                new("Running", "Run 400 m", Metres(400)),
                new("Front Box Jump", "Box jumps 60 cm", Reps(30), null, "50 cm box or step-ups."),
                new("Wall Ball", "Wall-ball shots 9/6 kg", Reps(30, 9m), Reps(30, 6m)),
            ]),
        new("murph", "Murph", "For time, wearing a 9 kg vest: a 1.6 km run, 100 pull-ups, 200 push-ups, 300 air squats, a 1.6 km run. Partition the middle as needed.",
            ScoringType.ForTime, null, "For time",
            [
                new("Running", "Run 1.6 km", Metres(1600)),
                new("Pullups", "Pull-ups", Reps(100), null, "No vest; banded pull-ups."),
                new("Pushups", "Push-ups", Reps(200)),
                new("Bodyweight Squat", "Air squats", Reps(300)),
                new("Running", "Run 1.6 km", Metres(1600)),
            ]),
        new("filthy-fifty", "Filthy Fifty", "For time, 50 reps each: box jumps, jumping pull-ups, kettlebell swings, walking lunges, knees-to-elbows, push presses (20 kg), back extensions, wall-ball shots, burpees, double-unders.",
            ScoringType.ForTime, null, "50 of each",
            [
                new("Front Box Jump", "Box jumps 60 cm", Reps(50)),
                new("Jumping Pull-Up", "Jumping pull-ups", Reps(50)),
                new("Kettlebell Swing", "Kettlebell swings 16 kg", Reps(50, 16m)),
                new("Bodyweight Walking Lunge", "Walking lunges", Reps(50)),
                new("Knees to Elbows", "Knees-to-elbows", Reps(50), null, "Hanging knee raises."),
                new("Push Press", "Push presses 20 kg", Reps(50, 20m), Reps(50, 15m)),
                new("Hyperextensions (Back Extensions)", "Back extensions", Reps(50)),
                new("Wall Ball", "Wall-ball shots 9 kg", Reps(50, 9m), Reps(50, 6m)),
                new("Burpee", "Burpees", Reps(50)),
                new("Double Under", "Double-unders", Reps(50), null, "Single-unders."),
            ]),
    ];
}
