namespace FitSaaS.Forms;

/// <summary>
/// The rule of DOMAIN.md §2.16 deciding whether a member must sign a document (pure): the version to sign is the current one —
/// the highest-numbered version effective at the instant. It is required when the member never signed the document, or when a
/// version newer than the highest one they signed, up to the current one, says <see cref="LegalResignPolicy.AllMustResign"/>.
/// A member who signed an older version is not asked again for <see cref="LegalResignPolicy.OnlyNewSigners"/> versions; nothing
/// is required while no version is effective.
/// </summary>
public static class LegalRequirementRules
{
    /// <summary>The version the member must sign now, or null when nothing is required.</summary>
    /// <param name="versions">The document's versions (any order).</param>
    /// <param name="signedNumber">The highest version number the member signed; null when never signed.</param>
    /// <param name="now">The instant (UTC).</param>
    public static T? RequiredVersion<T>(IEnumerable<T> versions, int? signedNumber, DateTime now)
        where T : class, ILegalVersionTerms
    {
        ArgumentNullException.ThrowIfNull(versions);
        var effective = versions.Where(v => v.EffectiveFrom <= now).OrderBy(v => v.Number).ToList();
        if (effective.Count == 0)
        {
            return null;
        }

        var current = effective[^1];
        if (signedNumber is not { } signed)
        {
            return current;
        }

        if (signed >= current.Number)
        {
            return null;
        }

        return effective.Any(v => v.Number > signed && v.Policy == LegalResignPolicy.AllMustResign) ? current : null;
    }

    /// <summary>The version members sign now: the highest-numbered one effective at <paramref name="now"/>, or null.</summary>
    public static T? CurrentVersion<T>(IEnumerable<T> versions, DateTime now)
        where T : class, ILegalVersionTerms
    {
        ArgumentNullException.ThrowIfNull(versions);
        return versions.Where(v => v.EffectiveFrom <= now).MaxBy(v => v.Number);
    }
}
