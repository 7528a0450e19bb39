namespace RusToK.Components.Kernel.Dashboard;

/// <summary>
/// A module's tile on the admin dashboard: rendered, in <see cref="Order"/>, while <see cref="Module"/> is on for the
/// tenant and the signed-in person holds <see cref="Permission"/>, so nobody sees a tile that leads where they may
/// not go. <see cref="Columns"/> is its width on a wide screen, out of 12.
/// </summary>
public sealed record DashboardWidget(string Module, string Permission, int Order, Type Component, int Columns = 6);
