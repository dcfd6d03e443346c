namespace FitSaaS.Forms;

/// <summary>Names of the Forms settings.</summary>
public static class FormsSettingNames
{
    /// <summary>
    /// The age of majority in years (integer, default 18; tenant or global): a member younger than this on the local date in the
    /// tenant's zone (Bookings' default time zone) cannot sign legal documents alone; a guardian signs for them.
    /// </summary>
    public const string AgeOfMajority = "Forms.AgeOfMajority";
}
