namespace FitSaaS.Billing;

/// <summary>Limits of a plan's fields (DTO validation and database columns).</summary>
public static class PlanConsts
{
    /// <summary>Maximum length of a plan's name.</summary>
    public const int MaxNameLength = 128;

    /// <summary>Maximum length of a plan's description.</summary>
    public const int MaxDescriptionLength = 2000;

    /// <summary>Most credits in a pack, or sessions allowed per membership period.</summary>
    public const int MaxCredits = 1000;

    /// <summary>Longest validity of a pack, in days (ten years).</summary>
    public const int MaxValidityDays = 3650;

    /// <summary>Most intervals in one billing period (every 12 weeks, every 12 months).</summary>
    public const int MaxIntervalCount = 12;

    /// <summary>Longest minimum term, in months.</summary>
    public const int MaxMinimumTermMonths = 60;

    /// <summary>Most class types, locations or course sessions a plan names.</summary>
    public const int MaxReferences = 200;
}
