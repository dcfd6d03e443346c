namespace FitSaaS.Framework.BackgroundJobs;

/// <summary>The JSON settings job arguments are stored with.</summary>
public static class BackgroundJobJson
{
    /// <summary>Web defaults (camelCase).</summary>
    public static System.Text.Json.JsonSerializerOptions Options { get; } = new(System.Text.Json.JsonSerializerDefaults.Web);
}
