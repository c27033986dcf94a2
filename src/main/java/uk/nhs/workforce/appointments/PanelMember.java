package uk.nhs.workforce.appointments;

/**
 * A roster person who can sit on a panel: an executive (by employee id) or a board member (by
 * person id, whatever boards they sit on). Their {@code userId} makes them a candidate user of the
 * panel's tasks.
 */
public record PanelMember(String id, String name, String userId, String organisationCode, String description) {
}
