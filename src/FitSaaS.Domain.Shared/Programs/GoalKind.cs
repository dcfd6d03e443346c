namespace FitSaaS.Programs;

/// <summary>What a member's goal is about.</summary>
public enum GoalKind
{
    /// <summary>Reach a value of a body metric (e.g. 80 kg body weight) by the due date.</summary>
    BodyMetric = 1,

    /// <summary>Reach a personal-record score on a benchmark workout, or on an exercise's rep max, by the due date.</summary>
    PersonalRecord = 2,
}
