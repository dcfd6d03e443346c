using FitSaaS.Programs;

namespace FitSaaS.Domain.Tests.Programs;

public sealed class LeaderboardRankerTests
{
    private static readonly DateTime s_at = new(2030, 3, 1, 7, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Rank_ForTime_RxAboveScaledCappedBelowFinishersTiesShared()
    {
        var rxFast = Candidate(WorkoutDivision.Rx, Time(200));
        var rxTie1 = Candidate(WorkoutDivision.Rx, Time(250));
        var rxTie2 = Candidate(WorkoutDivision.Rx, Time(250));
        var rxCapped90 = Candidate(WorkoutDivision.Rx, Capped(90));
        var rxCapped40 = Candidate(WorkoutDivision.Rx, Capped(40));
        var scaledFastest = Candidate(WorkoutDivision.Scaled, Time(100));
        var scaledCapped = Candidate(WorkoutDivision.Scaled, Capped(120));

        var places = LeaderboardRanker.Rank([scaledCapped, rxCapped40, scaledFastest, rxTie2, rxCapped90, rxFast, rxTie1]);

        // The two tied entries share rank 2 in either order (the ranker orders ties by nothing the test fixes).
        places.Select(p => p.Candidate).ShouldBe([rxFast, places[1].Candidate, places[2].Candidate, rxCapped90, rxCapped40, scaledFastest, scaledCapped]);
        new[] { places[1].Candidate, places[2].Candidate }.ShouldBe([rxTie1, rxTie2], ignoreOrder: true);
        places.Select(p => p.Rank).ShouldBe([1, 2, 2, 4, 5, 6, 7]);
    }

    [Fact]
    public void Rank_HigherIsBetter_TiesShareTheRankAndTheNextSkips()
    {
        var a = Candidate(WorkoutDivision.Rx, Load(100));
        var b = Candidate(WorkoutDivision.Rx, Load(100));
        var c = Candidate(WorkoutDivision.Rx, Load(90));

        var places = LeaderboardRanker.Rank([c, b, a]);

        places.Select(p => p.Rank).ShouldBe([1, 1, 3]);
        places[2].Candidate.ShouldBe(c);
    }

    [Fact]
    public void Rank_OneEntryPerMember_TheirBestWithRxBeatingTheirScaled()
    {
        var member = Guid.NewGuid();
        var scaled = Candidate(WorkoutDivision.Scaled, Amrap(20, 0), member);
        var rxWorse = Candidate(WorkoutDivision.Rx, Amrap(8, 3), member);
        var rxBetter = Candidate(WorkoutDivision.Rx, Amrap(9, 0), member);
        var other = Candidate(WorkoutDivision.Rx, Amrap(8, 10));

        var places = LeaderboardRanker.Rank([scaled, rxWorse, other, rxBetter]);

        places.Count.ShouldBe(2);
        places[0].Candidate.ShouldBe(rxBetter);
        places[1].Candidate.ShouldBe(other);
    }

    private static LeaderboardCandidate Candidate(WorkoutDivision division, WorkoutScore score, Guid? member = null) =>
        new(Guid.NewGuid(), member ?? Guid.NewGuid(), division, score, s_at);

    private static WorkoutScore Time(decimal seconds) => WorkoutScore.Create(ScoringType.ForTime, 600, new ScoreEntry(seconds, null, null, null, null, false));

    private static WorkoutScore Capped(int reps) => WorkoutScore.Create(ScoringType.ForTime, 600, new ScoreEntry(null, null, null, null, reps, true));

    private static WorkoutScore Load(decimal kg) => WorkoutScore.Create(ScoringType.Load, null, new ScoreEntry(kg, null, null, null, null, false));

    private static WorkoutScore Amrap(int rounds, int reps) => WorkoutScore.Create(ScoringType.AmrapRoundsReps, null, new ScoreEntry(null, null, null, rounds, reps, false));
}
