namespace FitSaaS.Forms;

/// <summary>One error of a member CSV row.</summary>
public sealed class MemberImportRowErrorDto
{
    /// <summary>The column (<c>email</c>, <c>first_name</c>, …), or <c>*</c> for the row as a whole.</summary>
    public required string Column { get; init; }

    /// <summary>The stable code (<see cref="MemberImportRowErrorCodes"/>).</summary>
    public required string Code { get; init; }

    /// <summary>What is wrong, in English.</summary>
    public required string Message { get; init; }
}
