using FitSaaS.Framework.Application;

namespace FitSaaS.Forms;

/// <summary>Filters of the request list (null = any). Without the manage permission only the caller's own are listed.</summary>
public sealed class GetDataSubjectRequestListInput : PagedResultRequestDto
{
    /// <summary>The data subject.</summary>
    public Guid? MemberId { get; init; }

    /// <summary>Export or erasure.</summary>
    public DataSubjectRequestKind? Kind { get; init; }

    /// <summary>The status.</summary>
    public DataSubjectRequestStatus? Status { get; init; }
}
