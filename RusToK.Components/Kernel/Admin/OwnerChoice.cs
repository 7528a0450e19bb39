namespace RusToK.Components.Kernel.Admin;

/// <summary>How a new site gets its owner: an e-mailed invitation, a password chosen now, or nobody yet.</summary>
public enum OwnerChoice
{
    Invite,
    Password,
    Later,
}
