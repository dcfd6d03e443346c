namespace FitSaaS.Programs;

/// <summary>Feature names of the Programs module.</summary>
public static class ProgramsFeatures
{
    /// <summary>Group name.</summary>
    public const string GroupName = "Programs";

    /// <summary>The whole module (boolean, default true): off closes every Programs endpoint for the tenant (<c>Features:NotEnabled</c>).</summary>
    public const string Enabled = GroupName + ".Enabled";
}
