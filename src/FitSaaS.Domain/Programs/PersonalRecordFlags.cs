namespace FitSaaS.Programs;

/// <summary>A result's personal-record flags.</summary>
/// <param name="IsPersonalRecord">It was a personal record when performed (strictly better than every earlier result of the key).</param>
/// <param name="IsCurrentPersonalRecord">It is the key's current personal record (exactly one result of a key that has any).</param>
public sealed record PersonalRecordFlags(bool IsPersonalRecord, bool IsCurrentPersonalRecord);
