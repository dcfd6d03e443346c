namespace FitSaaS.Forms;

/// <summary>Where a submission is in staff's review.</summary>
public enum FormSubmissionStatus
{
    /// <summary>Submitted, not yet reviewed.</summary>
    Submitted,

    /// <summary>Approved by staff.</summary>
    Approved,

    /// <summary>Rejected by staff (with a note); the member may submit again.</summary>
    Rejected,
}
