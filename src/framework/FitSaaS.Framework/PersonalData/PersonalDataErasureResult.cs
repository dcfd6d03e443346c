namespace FitSaaS.Framework.PersonalData;

/// <summary>What an <see cref="IPersonalDataHandler"/> did with one area's data of a member.</summary>
/// <param name="Deleted">Rows deleted (hard, or soft with the personal data cleared).</param>
/// <param name="Pseudonymised">Rows kept with the member's identifying data replaced (e.g. invoices kept for the legal retention).</param>
/// <param name="Retained">Rows kept unchanged because a law or the tenant's liability requires them (e.g. signed waivers).</param>
/// <param name="Note">Why rows were retained or pseudonymised (e.g. "kept 10 years: commercial law"); null when nothing was.</param>
public sealed record PersonalDataErasureResult(int Deleted, int Pseudonymised, int Retained, string? Note)
{
    /// <summary>Nothing was held.</summary>
    public static PersonalDataErasureResult Nothing { get; } = new(0, 0, 0, null);
}
