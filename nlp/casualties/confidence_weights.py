"""Weights of the confidence model (``nlp.casualties.calibration``), written by
``scripts/calibrate_confidence.py``: do not edit by hand, re-run the script.

Fitted on the figures the extractor produced on each blind batch the first time it was scored
(batch/language at commit):

    blind11/ar at 85c2b7f
    blind11/en at f3d545e
    blind12/ar at 32ff0aa
    blind12/en at 32ff0aa
    blind13/ar at bb7a447
    blind13/en at 7878361
    blind14/ar at 64631a0
    blind14/en at 64631a0
    blind15/ar at d40caef
    blind15/en at 3f08ee7
    blind16/ar at 1db0965
    blind16/en at 1db0965
    blind17/ar at 143537c
    blind17/en at 143537c
    blind18/ar at a039ea3
    blind18/en at ef230f4
    blind19/ar at 4baf891
    blind19/en at d51f238
    blind20/ar at f0bb833
    blind20/en at f0bb833
    blind21/ar at e665abc
    blind21/en at e665abc
    blind22/ar at d830457
    blind22/en at d830457
    blind23/ar at 29f176d
    blind23/en at 29f176d
    blind24/ar at acd1e85
    blind24/en at acd1e85
    blind25/ar at 2d83be6
    blind25/en at 2d83be6
    blind26/ar at 407bcfd
    blind26/en at 407bcfd
    blind27/ar at b82ed01
    blind27/en at b82ed01
    blind28/ar at 311f1f1
    blind28/en at 311f1f1
    blind29/ar at 7b1ec4b
    blind29/en at 7b1ec4b
    blind30/ar at dd0c5d0
    blind30/en at dd0c5d0
    blind31/ar at 6d3e7b4
    blind31/en at 6d3e7b4
    blind32/ar at 6808167
    blind32/en at 27fdf73
    blind33/ar at 2069dd3
    blind33/en at 2069dd3
    blind34/ar at 07affd3
    blind34/en at 07affd3
    blind35/ar at ac9f4a6
    blind35/en at ac9f4a6
    blind36/ar at 11e61f8
    blind36/en at 11e61f8
    blind37/ar at e178111
    blind37/en at 789930b
    blind38/ar at 9397746
    blind38/en at 9397746
    blind39/ar at cf27ce3
    blind39/en at cf27ce3
    blind40/ar at a43ce5e
    blind40/en at bfc3c8d
    blind41/ar at d828475
    blind41/en at d828475
    blind42/ar at 33d9ed8
    blind42/en at bbd629e
    blind43/ar at 6ca966a
    blind43/en at 6ff2033
    blind44/ar at 4e549e4
    blind44/en at 774398e
    blind45/ar at a1aa802
    blind45/en at a1aa802
    blind46/ar at a1aa802
    blind46/en at a1aa802
    blind47/ar at 4c5a41d
    blind47/en at 4c5a41d
    blind48/ar at 4c5a41d
    blind48/en at 4c5a41d
    blind49/ar at 62ab773
    blind49/en at ef59c34
    blind50/ar at 62ab773
    blind50/en at ef59c34
    blind51/ar at 67eadd3
    blind51/en at 592df50
    blind52/ar at 67eadd3
    blind52/en at 592df50
    blind53/ar at b492849
    blind53/en at 77d59aa
    blind54/ar at b492849
    blind54/en at 77d59aa

With each batch left out of the fit in turn (its figures scored by a model that never saw it):
precision of the figures at or above a confidence, and the share of right figures they keep.

    ar:
      >= 0.00: P 0.933, keeps 1.000 of the right
      >= 0.50: P 0.942, keeps 1.000 of the right
      >= 0.80: P 0.953, keeps 0.972 of the right
      >= 0.85: P 0.959, keeps 0.935 of the right
      >= 0.90: P 0.965, keeps 0.869 of the right
      >= 0.93: P 0.973, keeps 0.772 of the right
      >= 0.95: P 0.976, keeps 0.623 of the right
      confidence 0.00-0.80: 322 figures, mean confidence 0.607, right 0.540
      confidence 0.80-0.90: 738 figures, mean confidence 0.857, right 0.858
      confidence 0.90-0.95: 1617 figures, mean confidence 0.930, right 0.939
      confidence 0.95-1.00: 3939 figures, mean confidence 0.975, right 0.976
    en:
      >= 0.00: P 0.932, keeps 1.000 of the right
      >= 0.50: P 0.947, keeps 0.998 of the right
      >= 0.80: P 0.956, keeps 0.966 of the right
      >= 0.85: P 0.961, keeps 0.931 of the right
      >= 0.90: P 0.964, keeps 0.871 of the right
      >= 0.93: P 0.972, keeps 0.814 of the right
      >= 0.95: P 0.977, keeps 0.696 of the right
      confidence 0.00-0.80: 403 figures, mean confidence 0.573, right 0.551
      confidence 0.80-0.90: 699 figures, mean confidence 0.854, right 0.886
      confidence 0.90-0.95: 1248 figures, mean confidence 0.934, right 0.914
      confidence 0.95-1.00: 4648 figures, mean confidence 0.976, right 0.977
"""

WEIGHTS = {
    'ar': {
        '_bias': 2.565,
        'abducted': -3.1714,
        'derived': 0.166,
        'kind=detained': -1.2872,
        'kind=displaced': 1.0355,
        'kind=injured': 0.5817,
        'kind=killed': -0.0855,
        'kind=missing': -0.297,
        'no_victims': -0.7462,
        'part': 0.6569,
        'qualifier=about': -0.4305,
        'qualifier=at_least': 0.6443,
        'qualifier=exact': 0.0307,
        'qualifier=more_than': -0.0025,
        'qualifier=up_to': -0.2945,
        'revision': 1.3751,
        'rule=abducted_then_killed': 0.2356,
        'rule=among_the_kind': 0.0245,
        'rule=another_coordinated': 0.5059,
        'rule=aside_one_of_them': 0.0202,
        'rule=became_kind': 0.1118,
        'rule=became_state': 0.0109,
        'rule=case_count': 0.5479,
        'rule=case_count_of_toll': 0.0903,
        'rule=case_part_of_toll': -0.1597,
        'rule=condition_of_injured': 0.43,
        'rule=construct_toll': 0.0202,
        'rule=coordinated': 0.3942,
        'rule=coordinated_before_verb': 0.2244,
        'rule=count_before_far_verb': -0.1086,
        'rule=crossed_border': 0.0424,
        'rule=cue_before': 0.3914,
        'rule=cue_in_clause': 0.3918,
        'rule=death_in_detention': 0.1252,
        'rule=definite_count_after_cue': -0.1264,
        'rule=derived_total': 0.166,
        'rule=displaced_as_victims': 0.0114,
        'rule=dual_after_cue': 0.4595,
        'rule=dual_coordinated': -0.0045,
        'rule=dual_in_group': 0.1964,
        'rule=fate_of_the_n': 0.0405,
        'rule=fate_unknown': 0.4945,
        'rule=fate_unknown_adjective': 0.0128,
        'rule=forced_to_flee': 0.0404,
        'rule=gapped_line': -0.8252,
        'rule=in_group': 0.3688,
        'rule=in_ranks_of': 0.3323,
        'rule=kin_after_cue': -0.4695,
        'rule=kin_coordinated': -0.2679,
        'rule=kin_list_after_cue': -1.1085,
        'rule=kin_list_before_verb': -0.1535,
        'rule=kin_with_number': -0.946,
        'rule=kind_adjective': -0.3583,
        'rule=kind_dual': -0.2695,
        'rule=kind_noun': -0.7478,
        'rule=list_line': 0.4051,
        'rule=list_line_label': -0.0126,
        'rule=list_line_victim': 0.0212,
        'rule=made_to_flee': 0.0667,
        'rule=named_after_cue': -0.053,
        'rule=nationality_in_group': -0.2958,
        'rule=nationality_one': 0.002,
        'rule=nationality_two': 0.0446,
        'rule=noun_and_two': 0.0434,
        'rule=noun_and_two_coordinated': -0.1289,
        'rule=noun_before_verb': -1.0226,
        'rule=noun_kind_adjective': -0.2508,
        'rule=noun_ordinal_after_cue': 0.074,
        'rule=noun_with_kin': 0.0046,
        'rule=object_after_subject': -0.4206,
        'rule=one_of_them': 0.0134,
        'rule=ordinal_after_cue': 0.0802,
        'rule=own_fate_unknown': 0.0437,
        'rule=partitive_of_kind': -0.1813,
        'rule=people_struck': 0.0304,
        'rule=person_and_kin': -0.1375,
        'rule=pronoun_cue': 0.1435,
        'rule=pushed_to_flee': 0.0375,
        'rule=self_and_kin_after_cue': 0.0089,
        'rule=singular_after_cue': 0.905,
        'rule=singular_beside_in_place': -0.153,
        'rule=singular_coordinated': -0.433,
        'rule=singular_in_group': -0.134,
        'rule=still_under': -0.1009,
        'rule=subset_of_figure': -0.7704,
        'rule=table_cell': 0.9877,
        'rule=toll_includes': 0.117,
        'rule=toll_linking_verb': 0.5453,
        'rule=toll_noun_later': 0.1554,
        'rule=verb_after_noun': 0.1659,
        'rule=were_among_the_kind': 0.0024,
        'scope=cumulative': 0.2207,
        'scope=event': -0.2732,
        'single=detained': 0.1817,
        'single=injured': -0.989,
        'single=killed': 0.1904,
        'single=missing': -0.4543,
        'size=1': -1.0712,
        'size=10-99': 0.4077,
        'size=100-999': 0.0772,
        'size=1000+': 0.3645,
        'size=2-9': 0.1693,
    },
    'en': {
        '_bias': 2.5433,
        'abducted': -3.7951,
        'derived': -0.5153,
        'kind=detained': -1.2753,
        'kind=displaced': 0.1684,
        'kind=injured': 0.7348,
        'kind=killed': 0.3789,
        'kind=missing': -0.0772,
        'no_victims': -0.2879,
        'part': 0.9485,
        'qualifier=about': -0.4338,
        'qualifier=at_least': 0.5156,
        'qualifier=exact': -0.2007,
        'qualifier=more_than': 0.411,
        'qualifier=up_to': -0.3626,
        'revision': 0.5588,
        'rule=abducted_then_killed': 0.1516,
        'rule=among_next_total': 0.0035,
        'rule=among_the_dead': -0.3882,
        'rule=among_the_toll_again': 0.0024,
        'rule=and_of_items': 0.0114,
        'rule=bodies_found': 0.4084,
        'rule=bodies_of_people': 0.1249,
        'rule=bodies_of_them': 0.0173,
        'rule=bodies_received': -0.0822,
        'rule=bodies_received_with_wounded': 0.0082,
        'rule=breakdown_of_last_total': -2.1419,
        'rule=brought_to_number_of': 0.0174,
        'rule=carried_out_by': 0.0095,
        'rule=casualties_received': -0.2905,
        'rule=casualty_noun': -0.1832,
        'rule=coordination': 0.4853,
        'rule=coordination_backward': -0.5113,
        'rule=derived_sum': -0.5153,
        'rule=died_of_wounds': 0.0725,
        'rule=driven_from_homes': 0.087,
        'rule=fate_unknown': 0.474,
        'rule=inline_list': 0.1247,
        'rule=kind_label': 0.0212,
        'rule=kind_modifier': -0.4948,
        'rule=list_under_header': 0.5062,
        'rule=lives_claimed': 0.0056,
        'rule=lost_kin': -0.06,
        'rule=lost_members': 0.012,
        'rule=of_the_counted': 0.0311,
        'rule=part_with_wounds': 0.0042,
        'rule=partitive_of_kind': 0.3109,
        'rule=partitive_sibling': 0.0072,
        'rule=predicate': 0.3753,
        'rule=punctuated_breakdown': 0.4356,
        'rule=refugees_moved': 0.007,
        'rule=semicolon_item': 0.0167,
        'rule=single_victim': 0.2392,
        'rule=still_held': -0.5588,
        'rule=subset_of_total': 0.0844,
        'rule=toll_apposition': 0.009,
        'rule=toll_clause': 0.063,
        'rule=toll_opens_sentence': 0.0079,
        'rule=trigger_before': 1.0098,
        'rule=with_wounds': 0.0113,
        'scope=cumulative': 0.2944,
        'scope=event': -0.3648,
        'single=detained': 0.3815,
        'single=displaced': -0.5677,
        'single=injured': -0.6878,
        'single=killed': -0.1388,
        'single=missing': -0.1767,
        'size=1': -1.1894,
        'size=10-99': 0.5263,
        'size=100-999': -0.0056,
        'size=1000+': 0.4706,
        'size=2-9': 0.1277,
    },
}
