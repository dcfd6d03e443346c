namespace FitSaaS.Forms;

/// <summary>Why a form was issued to a member.</summary>
public enum IssuedFormSource
{
    /// <summary>Staff issued it.</summary>
    Manual,

    /// <summary>A membership of the member became active and the form is flagged to be issued then.</summary>
    MembershipActivated,
}
