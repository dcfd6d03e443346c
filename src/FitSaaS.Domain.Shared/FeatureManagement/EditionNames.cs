namespace FitSaaS.FeatureManagement;

/// <summary>The editions (platform tiers) seeded on every installation.</summary>
public static class EditionNames
{
    /// <summary>Entry tier: one location, 50 members, no waitlist, no online payments. New tenants get it by default, and it is where ended trials fall back.</summary>
    public const string Free = "Free";

    /// <summary>Growing studio: three locations, 500 members, waitlists, online payments, forms.</summary>
    public const string Studio = "Studio";

    /// <summary>Everything, with unlimited (-1) locations and members. The demo tenant is on it.</summary>
    public const string Pro = "Pro";
}
