package uk.nhs.workforce.boards;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Settings an administrator may change without a rebuild ({@code app.boards.*}): each board's quorum from
 * its standing orders (A 5.7) and the sizes the composition drafter aims at (A 4.3–4.7).
 */
@Component
@ConfigurationProperties(prefix = "app.boards")
public class BoardsProperties {

    /** Chair and non-executive members a board needs to be quorate, unless its own setting says otherwise. */
    private int defaultQuorum = 3;
    /** Per-board quorum from the board's standing orders, by organisation code. */
    private Map<String, Integer> quorum = new HashMap<>();
    private Draft draft = new Draft();

    public int quorumOf(String organisationCode) {
        return quorum.getOrDefault(organisationCode, defaultQuorum);
    }

    /**
     * How the quorum is shown: a board's own figure comes from its standing orders; the default is only an
     * example to be replaced from them (A 5.7 names quoracy but gives no figure).
     */
    public String quorumText(String organisationCode) {
        return quorum.containsKey(organisationCode)
                ? quorum.get(organisationCode) + " (from the board's standing orders)"
                : defaultQuorum + " (an example default, app.boards.default-quorum: replace it with the figure in the board's standing orders)";
    }

    public DraftSettings draftSettings() {
        return new DraftSettings(draft.model1ClusterNedsPerPct, draft.model2NonExecutives,
                draft.model3SharedNonExecutives, draft.model3BoardNonExecutives);
    }

    public static class Draft {
        private int model1ClusterNedsPerPct = DraftSettings.DEFAULTS.model1ClusterNedsPerPct();
        private int model2NonExecutives = DraftSettings.DEFAULTS.model2NonExecutives();
        private int model3SharedNonExecutives = DraftSettings.DEFAULTS.model3SharedNonExecutives();
        private int model3BoardNonExecutives = DraftSettings.DEFAULTS.model3BoardNonExecutives();

        public int getModel1ClusterNedsPerPct() { return model1ClusterNedsPerPct; }
        public void setModel1ClusterNedsPerPct(int v) { model1ClusterNedsPerPct = v; }
        public int getModel2NonExecutives() { return model2NonExecutives; }
        public void setModel2NonExecutives(int v) { model2NonExecutives = v; }
        public int getModel3SharedNonExecutives() { return model3SharedNonExecutives; }
        public void setModel3SharedNonExecutives(int v) { model3SharedNonExecutives = v; }
        public int getModel3BoardNonExecutives() { return model3BoardNonExecutives; }
        public void setModel3BoardNonExecutives(int v) { model3BoardNonExecutives = v; }
    }

    public int getDefaultQuorum() { return defaultQuorum; }
    public void setDefaultQuorum(int defaultQuorum) { this.defaultQuorum = defaultQuorum; }
    public Map<String, Integer> getQuorum() { return quorum; }
    public void setQuorum(Map<String, Integer> quorum) { this.quorum = quorum; }
    public Draft getDraft() { return draft; }
    public void setDraft(Draft draft) { this.draft = draft; }
}
