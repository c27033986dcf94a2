package uk.nhs.workforce.boards;

import java.util.List;

/**
 * A proposed composition of the cluster's PCT boards. For Model 1 the cluster board itself (not a statutory
 * board, so no appointments are made to it, A 5.4) is described by {@code clusterBoardChair} and
 * {@code clusterBoardNonExecutives}; otherwise those are null / empty.
 */
public record DraftedComposition(List<BoardSeat> seats, String clusterBoardChair,
                                 List<String> clusterBoardNonExecutives) {

    public DraftedComposition {
        seats = List.copyOf(seats);
        clusterBoardNonExecutives = clusterBoardNonExecutives == null ? List.of() : List.copyOf(clusterBoardNonExecutives);
    }
}
