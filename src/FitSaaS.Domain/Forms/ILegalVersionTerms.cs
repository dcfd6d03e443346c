namespace FitSaaS.Forms;

/// <summary>What <see cref="LegalRequirementRules"/> reads of a version.</summary>
public interface ILegalVersionTerms
{
    /// <summary>The version number, 1 for the first.</summary>
    int Number { get; }

    /// <summary>When it takes effect (UTC).</summary>
    DateTime EffectiveFrom { get; }

    /// <summary>Who must sign it.</summary>
    LegalResignPolicy Policy { get; }
}
