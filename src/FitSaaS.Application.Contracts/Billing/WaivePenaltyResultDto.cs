namespace FitSaaS.Billing;

/// <summary>The outcome of a waiver.</summary>
public sealed class WaivePenaltyResultDto
{
    /// <summary>False when there was nothing to waive (no penalty, or waived already).</summary>
    public bool Waived { get; init; }
}
