namespace FitSaaS.Forms;

/// <summary>Feature names of the Forms module.</summary>
public static class FormsFeatures
{
    /// <summary>Group name.</summary>
    public const string GroupName = "Forms";

    /// <summary>
    /// The whole module (boolean, default false; on in the Studio and Pro editions): off closes every Forms endpoint for the
    /// tenant (<c>Features:NotEnabled</c>) and the gates it adds to booking, buying and check-in.
    /// </summary>
    public const string Enabled = GroupName + ".Enabled";
}
