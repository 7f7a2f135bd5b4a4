// The main() of every test executable: a Qt application object (widget tests replace it with
// QApplication through VAX_TEST_GUI), hermetic standard paths, English messages.
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QStandardPaths>

#ifdef VAX_TEST_GUI
#include <QApplication>
using TestApp = QApplication;
#else
using TestApp = QCoreApplication;
#endif

int main(int argc, char** argv)
{
    qputenv("VAXPOINT_LANG", "en");
    qunsetenv("VAXPOINT_FAKE_NOW");
    qunsetenv("VAXPOINT_DB");
#ifdef VAX_TEST_GUI
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
    TestApp app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("vaxpoint-tests"));
    QStandardPaths::setTestModeEnabled(true);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
