namespace FitSaaS.Forms;

/// <summary>One CSV export of the gym's member data.</summary>
public sealed class MemberDataExportDto
{
    /// <summary>The export's name (<c>members</c>, <c>memberships</c>, <c>bookings</c>, <c>payments</c>).</summary>
    public required string Name { get; init; }

    /// <summary>The CSV's columns, in order.</summary>
    public required IReadOnlyList<string> Columns { get; init; }

    /// <summary>The download path (<c>GET</c>, <c>text/csv</c>; <c>?memberId=</c> for one member).</summary>
    public required string Path { get; init; }
}
