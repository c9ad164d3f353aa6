# ui/catalog: the Plans section (plans, prices and versions, add-ons, coupons). Included by ui/CMakeLists.txt.
target_sources(subdesk_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AddOnDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/AddOnDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/AddOnTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/AddOnTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/CatalogFilterModel.cpp ${CMAKE_CURRENT_LIST_DIR}/CatalogFilterModel.h
    ${CMAKE_CURRENT_LIST_DIR}/CatalogListPage.cpp ${CMAKE_CURRENT_LIST_DIR}/CatalogListPage.h
    ${CMAKE_CURRENT_LIST_DIR}/CatalogRoles.h
    ${CMAKE_CURRENT_LIST_DIR}/CouponDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/CouponDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/CouponTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/CouponTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/FeatureListEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/FeatureListEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/MeteredChargeDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/MeteredChargeDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/MeteredChargeList.cpp ${CMAKE_CURRENT_LIST_DIR}/MeteredChargeList.h
    ${CMAKE_CURRENT_LIST_DIR}/MigratePriceDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/MigratePriceDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/MoneyEdit.cpp ${CMAKE_CURRENT_LIST_DIR}/MoneyEdit.h
    ${CMAKE_CURRENT_LIST_DIR}/PlanDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/PlanDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/PlanTableModel.cpp ${CMAKE_CURRENT_LIST_DIR}/PlanTableModel.h
    ${CMAKE_CURRENT_LIST_DIR}/PlansView.cpp ${CMAKE_CURRENT_LIST_DIR}/PlansView.h
    ${CMAKE_CURRENT_LIST_DIR}/PriceDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/PriceDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/PriceEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/PriceEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/PriceListEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/PriceListEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/PricePreview.cpp ${CMAKE_CURRENT_LIST_DIR}/PricePreview.h
    ${CMAKE_CURRENT_LIST_DIR}/PriceText.cpp ${CMAKE_CURRENT_LIST_DIR}/PriceText.h
    ${CMAKE_CURRENT_LIST_DIR}/PriceVersionsDialog.cpp ${CMAKE_CURRENT_LIST_DIR}/PriceVersionsDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/TierEditor.cpp ${CMAKE_CURRENT_LIST_DIR}/TierEditor.h
)
