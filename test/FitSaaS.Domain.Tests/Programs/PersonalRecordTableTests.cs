using System.Globalization;
using FitSaaS.Domain.Tests.Programs.Fakes;
using FitSaaS.Programs;

namespace FitSaaS.Domain.Tests.Programs;

/// <summary>
/// DOMAIN.md §2.18 as a table: scoring type × a sequence of operations → each result's personal-record flags.
/// Operations, separated by <c>;</c>: <c>A@d=v</c> logs result A performed on day d (days before "now") with score v
/// (see <see cref="ResultsTestWorld.Entry"/>), <c>/s</c> after it for scaled and <c>#n</c> for a lift's n-rep max;
/// <c>A~d=v</c> edits A; <c>-A</c> deletes A. Expected: <c>A:C</c> current record, <c>A:P</c> was a record,
/// <c>A:-</c> never; deleted results are left out.
/// </summary>
public sealed class PersonalRecordTableTests
{
    public static TheoryData<string, string, string> Table => new()
    {
        // First scored result is a PR; strictly better only; direction by scoring type.
        { "ForTime", "A@10=300", "A:C" },
        { "ForTime", "A@10=300; B@9=280; C@8=290", "A:P B:C C:-" },
        { "ForTime", "A@10=300; B@9=300", "A:C B:-" },
        { "AmrapRoundsReps", "A@10=10+5; B@9=10+4; C@8=11+0", "A:P B:- C:C" },
        { "AmrapRoundsReps", "A@10=10+5; B@9=10+5", "A:C B:-" },
        { "Load", "A@10=100; B@9=99.5; C@8=100.5", "A:P B:- C:C" },
        { "Load", "A@10=100; B@9=220.46226218lb", "A:C B:-" },
        { "Load", "A@10=100; B@9=221lb", "A:P B:C" },
        { "Reps", "A@10=50; B@9=60; C@8=60", "A:P B:C C:-" },
        { "Distance", "A@10=5000; B@9=4999", "A:C B:-" },
        { "Calories", "A@10=20; B@9=25", "A:P B:C" },
        { "Points", "A@10=7.5; B@9=7.25", "A:C B:-" },
        { "NoScore", "A@10=-; B@9=-", "A:- B:-" },

        // Time cap: capped is never a time PR, and does not block the first finish from being one.
        { "ForTime", "A@10=cap+50; B@9=590", "A:- B:C" },
        { "ForTime", "A@10=500; B@9=cap+120", "A:C B:-" },
        { "ForTime", "A@10=cap+10; B@9=cap+90", "A:- B:-" },

        // Back-dating: chronology by performed-at moves the history.
        { "ForTime", "A@5=300; B@10=280", "A:- B:C" },
        { "ForTime", "A@5=300; B@10=320", "A:C B:P" },
        { "Load", "A@5=100; B@3=110; C@20=105", "A:- B:C C:P" },
        // Equal performed-at: the one logged first keeps it.
        { "Load", "A@5=100; B@5=100", "A:C B:-" },

        // Edits recompute the chain.
        { "Load", "A@10=100; B@9=110; B~9=90", "A:C B:-" },
        { "Load", "A@10=100; B@9=90; B~9=120", "A:P B:C" },
        { "Load", "A@10=100; B@9=110; A~8=100", "B:C A:-" },
        { "ForTime", "A@10=300; B@9=280; B~9=cap+40", "A:C B:-" },

        // Deletes recompute the chain.
        { "Load", "A@10=100; B@9=110; -B", "A:C" },
        { "Load", "A@10=100; B@9=110; C@8=120; -A", "B:P C:C" },
        { "ForTime", "A@10=300; B@9=280; C@8=290; -B", "A:P C:C" },

        // Divisions are separate keys: a scaled result never beats an Rx PR.
        { "Load", "A@10=100; B@9=150/s", "A:C B:C" },
        { "ForTime", "A@10=300/s; B@9=400; C@8=250/s", "A:P B:C C:C" },
        { "Load", "A@10=100; B@9=150/s; B~9=150", "A:P B:C" },

        // Lifts: 1RM, 3RM and 5RM are separate tracks.
        { "Lift", "A@10=100#1; B@9=90#3; C@8=95#1; D@7=95#3", "A:C B:P C:- D:C" },
        { "Lift", "A@10=100#5; B@9=200lb#5; -A", "B:C" },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Sequence_GivesExpectedFlags(string kind, string operations, string expected)
    {
        var world = new ResultsTestWorld();
        var lift = kind == "Lift";
        var scoringType = lift ? ScoringType.Load : Enum.Parse<ScoringType>(kind);
        var target = ResultsTestWorld.Target(scoringType, timeCap: scoringType == ScoringType.ForTime ? 600 : null);
        var exerciseId = Guid.NewGuid();
        var byName = new Dictionary<string, WorkoutResult>();
        foreach (var raw in operations.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw.StartsWith('-'))
            {
                var deleted = byName[raw[1..]];
                await world.Manager.DeleteAsync(deleted, TestContext.Current.CancellationToken);
                byName.Remove(raw[1..]);
                continue;
            }

            var edit = raw.Contains('~');
            var name = raw[..raw.IndexOfAny(['@', '~'])];
            var rest = raw[(name.Length + 1)..];
            var day = int.Parse(rest[..rest.IndexOf('=')], CultureInfo.InvariantCulture);
            var score = rest[(rest.IndexOf('=') + 1)..];
            var division = WorkoutDivision.Rx;
            var repMax = 1;
            if (score.Contains('#'))
            {
                repMax = int.Parse(score[(score.IndexOf('#') + 1)..], CultureInfo.InvariantCulture);
                score = score[..score.IndexOf('#')];
            }

            if (score.EndsWith("/s", StringComparison.Ordinal))
            {
                division = WorkoutDivision.Scaled;
                score = score[..^2];
            }

            var entry = ResultsTestWorld.Entry(scoringType, score);
            var performedAt = ResultsTestWorld.Now.AddDays(-day);
            if (edit)
            {
                await world.Manager.UpdateAsync(byName[name], division, entry, performedAt, null, TestContext.Current.CancellationToken);
            }
            else
            {
                byName[name] = lift
                    ? await world.Manager.LogLiftAsync(world.MemberId, world.MemberId, exerciseId, "Back Squat", repMax, division, entry, performedAt, null, TestContext.Current.CancellationToken)
                    : await world.Manager.LogWorkoutAsync(world.MemberId, world.MemberId, target, division, entry, performedAt, null, TestContext.Current.CancellationToken);
            }
        }

        var actual = string.Join(' ', expected.Split(' ').Select(e => e.Split(':')[0]).Select(n =>
            $"{n}:{(byName[n].IsCurrentPersonalRecord ? "C" : byName[n].IsPersonalRecord ? "P" : "-")}"));
        actual.ShouldBe(expected);

        // Exactly one current record per key that has any record.
        foreach (var key in world.Results.Items.Where(r => !r.IsDeleted && r.PersonalRecordKey is not null).GroupBy(r => r.PersonalRecordKey))
        {
            key.Count(r => r.IsCurrentPersonalRecord).ShouldBe(key.Any(r => r.IsPersonalRecord) ? 1 : 0);
        }

        world.Results.Items.Where(r => r.IsDeleted).ShouldAllBe(r => !r.IsCurrentPersonalRecord);
    }
}
