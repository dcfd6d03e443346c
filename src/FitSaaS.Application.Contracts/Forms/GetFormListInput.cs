using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.Forms;

/// <summary>The gym's forms: <c>?purpose=&amp;skipCount=&amp;maxResultCount=</c>; by name.</summary>
public sealed class GetFormListInput : PagedResultRequestDto
{
    /// <summary>Only forms of this purpose.</summary>
    [EnumDataType(typeof(FormPurpose))]
    public FormPurpose? Purpose { get; init; }
}
