namespace FitSaaS.Forms;

/// <summary>An export's archive.</summary>
public sealed class DataSubjectRequestArchiveDto
{
    /// <summary>The download's file name (<c>personal-data-&lt;id&gt;.zip</c>).</summary>
    public string FileName { get; init; } = string.Empty;

    /// <summary>The media type (<see cref="DataSubjectRequestConsts.ArchiveContentType"/>).</summary>
    public string ContentType { get; init; } = DataSubjectRequestConsts.ArchiveContentType;

    /// <summary>When it was generated (UTC).</summary>
    public DateTime CreatedAtUtc { get; init; }

    /// <summary>The zip's bytes (base64 in JSON).</summary>
    public byte[] Content { get; init; } = [];
}
